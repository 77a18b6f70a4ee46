ALTER TABLE `persons` ADD `import_batch_id` integer;--> statement-breakpoint
CREATE INDEX `persons_import_batch_idx` ON `persons` (`import_batch_id`);--> statement-breakpoint
CREATE INDEX `products_enterprise_gtin_idx` ON `products` (`enterprise_id`,`gtin`);