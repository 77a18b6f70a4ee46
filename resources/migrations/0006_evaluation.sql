CREATE TABLE `evaluation_models` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_id` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`json` text NOT NULL,
	`digest` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluation_models_version_idx` ON `evaluation_models` (`model_id`,`version`);--> statement-breakpoint
CREATE TABLE `evaluation_results` (
	`run_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`score` text NOT NULL,
	`raw_grade` text NOT NULL,
	`grade` text NOT NULL,
	`explanation` text NOT NULL,
	PRIMARY KEY(`run_id`, `enterprise_id`),
	FOREIGN KEY (`run_id`) REFERENCES `evaluation_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `evaluation_results_enterprise_idx` ON `evaluation_results` (`enterprise_id`,`run_id`);--> statement-breakpoint
CREATE TABLE `evaluation_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`model_row_id` integer NOT NULL,
	`as_of` text NOT NULL,
	`scope` text NOT NULL,
	`input_digest` text NOT NULL,
	`enterprises` integer NOT NULL,
	`counts` text NOT NULL,
	`duration_ms` integer NOT NULL,
	`status` text NOT NULL,
	`proposed_by` text NOT NULL,
	`proposed_at` text NOT NULL,
	`decided_by` text,
	`decided_at` text,
	`decision_note` text,
	FOREIGN KEY (`model_row_id`) REFERENCES `evaluation_models`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "evaluation_runs_status_check" CHECK("evaluation_runs"."status" in ('proposed', 'approved', 'rejected'))
);
--> statement-breakpoint
CREATE TABLE `grade_adjustments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer NOT NULL,
	`enterprise_id` integer NOT NULL,
	`from_grade` text NOT NULL,
	`to_grade` text NOT NULL,
	`reason` text NOT NULL,
	`status` text NOT NULL,
	`proposed_by` text NOT NULL,
	`proposed_at` text NOT NULL,
	`decided_by` text,
	`decided_at` text,
	FOREIGN KEY (`run_id`) REFERENCES `evaluation_runs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enterprise_id`) REFERENCES `enterprises`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `grade_adjustments_run_idx` ON `grade_adjustments` (`run_id`,`enterprise_id`);