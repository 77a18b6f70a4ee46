CREATE TABLE `exchange_out_entries` (
	`stream_id` text NOT NULL,
	`entry_uid` text NOT NULL,
	`content_sha256` text NOT NULL,
	PRIMARY KEY(`stream_id`, `entry_uid`)
);
--> statement-breakpoint
CREATE TABLE `list_match_candidates` (
	`entry_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`score` text NOT NULL,
	`parts` text NOT NULL,
	PRIMARY KEY(`entry_id`, `enterprise_id`),
	FOREIGN KEY (`entry_id`) REFERENCES `list_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `list_entries` ADD `stream_id` text;--> statement-breakpoint
ALTER TABLE `list_entries` ADD `external_id` text;--> statement-breakpoint
ALTER TABLE `list_entries` ADD `match_state` text;--> statement-breakpoint
ALTER TABLE `list_entries` ADD `subject_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `list_entries_stream_idx` ON `list_entries` (`issuer_agency`,`stream_id`,`external_id`);--> statement-breakpoint
CREATE INDEX `list_entries_review_idx` ON `list_entries` (`subject_key`) WHERE "list_entries"."match_state" = 'review';