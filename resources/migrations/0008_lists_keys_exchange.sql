CREATE TABLE `list_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_uid` text NOT NULL,
	`list_type` text NOT NULL,
	`enterprise_id` integer,
	`person_id` integer,
	`subject_name` text NOT NULL,
	`subject_uscc` text,
	`state` text NOT NULL,
	`source` text NOT NULL,
	`issuer_agency` text,
	`reason` text DEFAULT '' NOT NULL,
	`legal_basis` text DEFAULT '' NOT NULL,
	`basis` text DEFAULT '{}' NOT NULL,
	`deciding_authority` text,
	`authority_code` text,
	`decision_doc_no` text,
	`listed_on` text,
	`planned_end` text,
	`removed_on` text,
	`removal_reason` text,
	`removal_authority` text,
	`rule_set` text,
	`proposed_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`content_sha256` text,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `list_entries_entry_uid_unique` ON `list_entries` (`entry_uid`);--> statement-breakpoint
CREATE INDEX `list_entries_enterprise_idx` ON `list_entries` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `list_entries_person_idx` ON `list_entries` (`person_id`);--> statement-breakpoint
CREATE INDEX `list_entries_list_idx` ON `list_entries` (`list_type`,`state`);--> statement-breakpoint
CREATE TABLE `list_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`event` text NOT NULL,
	`on_date` text NOT NULL,
	`by_user` text NOT NULL,
	`by_role` text NOT NULL,
	`doc_no` text,
	`note` text,
	`evidence` text DEFAULT '{}' NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `list_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `list_events_entry_idx` ON `list_events` (`entry_id`);--> statement-breakpoint
CREATE TABLE `packages_in` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`issuer` text,
	`stream_id` text,
	`sequence` integer,
	`manifest_sha256` text,
	`package_sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`status` text NOT NULL,
	`error_code` text,
	`received_at` text NOT NULL,
	`received_by` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `packages_in_stream_idx` ON `packages_in` (`issuer`,`stream_id`,`sequence`);--> statement-breakpoint
CREATE TABLE `packages_out` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`package_type` text NOT NULL,
	`stream_id` text NOT NULL,
	`sequence` integer NOT NULL,
	`doc_no` text,
	`list_type` text,
	`period_from` text,
	`period_to` text,
	`entries` integer NOT NULL,
	`manifest_sha256` text NOT NULL,
	`state_sha256` text,
	`package_sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`bytes` blob NOT NULL,
	`issued_at` text NOT NULL,
	`issued_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `packages_out_stream_seq_idx` ON `packages_out` (`stream_id`,`sequence`);--> statement-breakpoint
CREATE UNIQUE INDEX `packages_out_doc_no_idx` ON `packages_out` (`doc_no`);--> statement-breakpoint
CREATE TABLE `signing_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`alg` text NOT NULL,
	`key_id` text NOT NULL,
	`spki_pem` text NOT NULL,
	`sealed` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `signing_keys_key_id_unique` ON `signing_keys` (`key_id`);--> statement-breakpoint
CREATE TABLE `streams_in` (
	`issuer` text NOT NULL,
	`stream_id` text NOT NULL,
	`last_sequence` integer NOT NULL,
	`last_manifest_sha256` text NOT NULL,
	`last_issued_at` text NOT NULL,
	`last_state_sha256` text,
	`base_snapshot_sequence` integer,
	`last_imported_at` text NOT NULL,
	PRIMARY KEY(`issuer`, `stream_id`)
);
--> statement-breakpoint
CREATE TABLE `trusted_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agency_code` text NOT NULL,
	`agency_name` text NOT NULL,
	`alg` text NOT NULL,
	`key_id` text NOT NULL,
	`spki_pem` text NOT NULL,
	`confirmed_by` text NOT NULL,
	`confirmed_at` text NOT NULL,
	`valid_from_sequence` integer,
	`revoked_after_sequence` integer,
	`revoked_at` text,
	`revoked_by` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `trusted_keys_agency_key_idx` ON `trusted_keys` (`agency_code`,`key_id`);