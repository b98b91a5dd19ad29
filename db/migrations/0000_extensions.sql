-- Trigram indexes serve case-insensitive "contains"/"ends with" searches on names and emails.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
