CREATE INDEX "accounts_name_lower_trgm" ON "accounts" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "accounts_email_lower_trgm" ON "accounts" USING gin (lower("primary_email") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_first_name_lower_trgm" ON "contacts" USING gin (lower("first_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_last_name_lower_trgm" ON "contacts" USING gin (lower("last_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_company_lower_trgm" ON "contacts" USING gin (lower("company_name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contacts_tenant_id_owner_id_index" ON "contacts" USING btree ("tenant_id","owner_id");--> statement-breakpoint
CREATE INDEX "deals_name_lower_trgm" ON "deals" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "deals_tenant_id_amount_index" ON "deals" USING btree ("tenant_id","amount");--> statement-breakpoint
CREATE INDEX "custom_field_values_text_lower" ON "custom_field_values" USING btree ("field_id",lower("value_text"));--> statement-breakpoint
CREATE INDEX "custom_field_values_text_trgm" ON "custom_field_values" USING gin (lower("value_text") gin_trgm_ops);