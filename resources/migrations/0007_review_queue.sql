CREATE TABLE `import_mappings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`fingerprint` text NOT NULL,
	`mapping` text NOT NULL,
	`confirmed_by` text NOT NULL,
	`confirmed_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_mappings_layout_idx` ON `import_mappings` (`kind`,`fingerprint`);--> statement-breakpoint
CREATE TABLE `match_candidates` (
	`record_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`score` text NOT NULL,
	`parts` text NOT NULL,
	PRIMARY KEY(`record_id`, `enterprise_id`),
	FOREIGN KEY (`record_id`) REFERENCES `credit_records`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `match_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`subject_key` text NOT NULL,
	`enterprise_id` integer,
	`decision` text NOT NULL,
	`decided_by` text NOT NULL,
	`decided_at` text NOT NULL,
	`evidence` text NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "match_decisions_check" CHECK("match_decisions"."decision" in ('same', 'not-same', 'unsure'))
);
--> statement-breakpoint
CREATE INDEX `match_decisions_subject_idx` ON `match_decisions` (`subject_key`);