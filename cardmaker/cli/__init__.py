"""The command line: render one card, list medicines and languages, export batches."""
