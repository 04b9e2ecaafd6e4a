CREATE TABLE `account` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`balance_cents` integer NOT NULL,
	`frozen_cents` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `fence` (
	`pay_order_id` text NOT NULL,
	`op` text NOT NULL,
	`outcome` text NOT NULL,
	`answer` text NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`pay_order_id`, `op`)
);
--> statement-breakpoint
CREATE TABLE `pay_event` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`pay_order_id` text,
	`trade_id` text,
	`type` text NOT NULL,
	`detail` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `pay_event_order_idx` ON `pay_event` (`pay_order_id`);--> statement-breakpoint
CREATE TABLE `pay_order` (
	`id` text PRIMARY KEY NOT NULL,
	`trade_id` text NOT NULL,
	`account_id` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`state` text NOT NULL,
	`reservations` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
