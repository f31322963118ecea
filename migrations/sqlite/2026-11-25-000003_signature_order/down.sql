DROP INDEX signatures_statement_id;
