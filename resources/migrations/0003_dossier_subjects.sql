CREATE TABLE `enterprise_names` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`name` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `enterprise_names_enterprise_idx` ON `enterprise_names` (`enterprise_id`);--> statement-breakpoint
CREATE TABLE `enterprise_persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`role` text NOT NULL,
	`from_date` text,
	`to_date` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `enterprise_persons_enterprise_idx` ON `enterprise_persons` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `enterprise_persons_person_idx` ON `enterprise_persons` (`person_id`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`file_sha256` text NOT NULL,
	`rows` integer NOT NULL,
	`imported` integer NOT NULL,
	`rejected` integer NOT NULL,
	`status` text NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`undone_by` text,
	`undone_at` text
);
--> statement-breakpoint
CREATE TABLE `persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`id_type` text DEFAULT '身份证' NOT NULL,
	`id_number` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`deleted_by` text
);
--> statement-breakpoint
CREATE INDEX `persons_id_number_idx` ON `persons` (`id_type`,`id_number`);--> statement-breakpoint
CREATE INDEX `persons_name_idx` ON `persons` (`name`);--> statement-breakpoint
ALTER TABLE `enterprises` ADD `org_code` text;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `registration_number` text;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `entity_type` text;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `registration_region_code` text;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `size` text;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `chief_quality_officer` text;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `key_product` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `deleted_by` text;--> statement-breakpoint
ALTER TABLE `enterprises` ADD `import_batch_id` integer;--> statement-breakpoint
CREATE INDEX `enterprises_org_code_idx` ON `enterprises` (`org_code`);--> statement-breakpoint
CREATE INDEX `enterprises_import_batch_idx` ON `enterprises` (`import_batch_id`);--> statement-breakpoint
-- Existing rows get their aliases from the code itself: characters 9–17 of a USCC are the
-- organization code, characters 3–8 the region of the registering authority at issue time.
UPDATE `enterprises` SET `org_code` = substr(`uscc`, 9, 9), `registration_region_code` = substr(`uscc`, 3, 6) WHERE `org_code` IS NULL;
