CREATE TABLE `tcc_fence_log` (
	`xid` text NOT NULL,
	`branch_id` text NOT NULL,
	`action` text NOT NULL,
	`status` text NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`xid`, `branch_id`)
);
--> statement-breakpoint
ALTER TABLE `trade_order` ADD `pending` text;--> statement-breakpoint
ALTER TABLE `trade_order` ADD `held_by` text;