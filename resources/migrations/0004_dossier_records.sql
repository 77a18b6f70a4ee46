CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`record_id` integer,
	`sha256` text NOT NULL,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size` integer NOT NULL,
	`added_by` text NOT NULL,
	`added_at` text NOT NULL,
	`deleted_at` text,
	`deleted_by` text,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`record_id`) REFERENCES `credit_records`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_enterprise_idx` ON `attachments` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `attachments_record_idx` ON `attachments` (`record_id`);--> statement-breakpoint
CREATE TABLE `credit_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`enterprise_id` integer,
	`person_id` integer,
	`product_id` integer,
	`subject_name` text NOT NULL,
	`subject_place` text,
	`effect` text NOT NULL,
	`authority` text NOT NULL,
	`authority_code` text,
	`doc_no` text,
	`occurred_on` text NOT NULL,
	`date_precision` text DEFAULT 'day' NOT NULL,
	`ends_on` text,
	`outcome` text,
	`severity` text,
	`state` text,
	`summary` text NOT NULL,
	`details` text DEFAULT '{}' NOT NULL,
	`source` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`deleted_by` text,
	`import_batch_id` integer,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "credit_records_effect_check" CHECK("credit_records"."effect" in ('negative', 'positive', 'neutral'))
);
--> statement-breakpoint
CREATE INDEX `credit_records_enterprise_idx` ON `credit_records` (`enterprise_id`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `credit_records_kind_idx` ON `credit_records` (`kind`,`outcome`,`occurred_on`);--> statement-breakpoint
CREATE INDEX `credit_records_import_batch_idx` ON `credit_records` (`import_batch_id`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enterprise_id` integer NOT NULL,
	`name` text NOT NULL,
	`gtin` text,
	`brand` text,
	`model` text,
	`category` text,
	`risk_grade` text,
	`standards` text,
	`licence_no` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`deleted_by` text,
	`import_batch_id` integer,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "products_risk_check" CHECK("products"."risk_grade" is null or "products"."risk_grade" in ('I', 'II', 'III'))
);
--> statement-breakpoint
CREATE INDEX `products_enterprise_idx` ON `products` (`enterprise_id`);--> statement-breakpoint
CREATE INDEX `products_import_batch_idx` ON `products` (`import_batch_id`);--> statement-breakpoint
CREATE TABLE `record_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`record_id` integer NOT NULL,
	`event` text NOT NULL,
	`on_date` text NOT NULL,
	`state_before` text,
	`state_after` text,
	`doc_no` text,
	`note` text,
	`by_user` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`record_id`) REFERENCES `credit_records`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `record_events_record_idx` ON `record_events` (`record_id`);