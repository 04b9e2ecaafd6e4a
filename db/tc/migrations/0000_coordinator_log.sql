CREATE TABLE `branch_transaction` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`xid` integer NOT NULL,
	`resource` text NOT NULL,
	`status` text NOT NULL,
	`application_data` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `branch_transaction_xid_idx` ON `branch_transaction` (`xid`,`id`);--> statement-breakpoint
CREATE TABLE `global_transaction` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trade_id` text NOT NULL,
	`action` text NOT NULL,
	`status` text NOT NULL,
	`timeout_at` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_retry_at` integer,
	`begun_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `global_transaction_status_idx` ON `global_transaction` (`status`);--> statement-breakpoint
CREATE TABLE `tc_event` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`xid` integer,
	`trade_id` text,
	`type` text NOT NULL,
	`detail` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `tc_event_xid_idx` ON `tc_event` (`xid`);