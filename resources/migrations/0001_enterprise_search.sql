-- Substring search over Chinese names: the trigram tokenizer finds any run of 3+ characters.
-- Shorter queries fall back to instr() on the base table (see the enterprises repository).
CREATE VIRTUAL TABLE `enterprises_fts` USING fts5(
	name, uscc, legal_representative,
	content='enterprises', content_rowid='id', tokenize='trigram'
);
--> statement-breakpoint
CREATE TRIGGER `enterprises_fts_ai` AFTER INSERT ON `enterprises` BEGIN
	INSERT INTO enterprises_fts(rowid, name, uscc, legal_representative)
	VALUES (new.id, new.name, new.uscc, new.legal_representative);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprises_fts_ad` AFTER DELETE ON `enterprises` BEGIN
	INSERT INTO enterprises_fts(enterprises_fts, rowid, name, uscc, legal_representative)
	VALUES ('delete', old.id, old.name, old.uscc, old.legal_representative);
END;
--> statement-breakpoint
CREATE TRIGGER `enterprises_fts_au` AFTER UPDATE OF name, uscc, legal_representative ON `enterprises` BEGIN
	INSERT INTO enterprises_fts(enterprises_fts, rowid, name, uscc, legal_representative)
	VALUES ('delete', old.id, old.name, old.uscc, old.legal_representative);
	INSERT INTO enterprises_fts(rowid, name, uscc, legal_representative)
	VALUES (new.id, new.name, new.uscc, new.legal_representative);
END;
--> statement-breakpoint
-- The audit trail is append-only at the database level too: an accidental UPDATE or DELETE by
-- this app fails outright. (Someone editing the file directly can drop the triggers; the hash
-- chain is what catches that.)
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
	SELECT RAISE(ABORT, 'audit_log is append-only');
END;
