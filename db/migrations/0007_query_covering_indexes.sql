DROP INDEX "custom_field_values_field_id_value_text_index";--> statement-breakpoint
DROP INDEX "custom_field_values_field_id_value_number_index";--> statement-breakpoint
DROP INDEX "custom_field_values_field_id_value_date_index";--> statement-breakpoint
DROP INDEX "custom_field_values_text_lower";--> statement-breakpoint
CREATE INDEX "contacts_tenant_lower_city" ON "contacts" USING btree ("tenant_id",lower("city"),"city","is_deleted");--> statement-breakpoint
CREATE INDEX "contacts_tenant_lower_country" ON "contacts" USING btree ("tenant_id",lower("country"),"country","is_deleted");--> statement-breakpoint
CREATE INDEX "custom_field_values_field_id_value_text_record_id_index" ON "custom_field_values" USING btree ("field_id","value_text","record_id");--> statement-breakpoint
CREATE INDEX "custom_field_values_field_id_value_number_record_id_index" ON "custom_field_values" USING btree ("field_id","value_number","record_id");--> statement-breakpoint
CREATE INDEX "custom_field_values_field_id_value_date_record_id_index" ON "custom_field_values" USING btree ("field_id","value_date","record_id");--> statement-breakpoint
CREATE INDEX "custom_field_values_text_lower" ON "custom_field_values" USING btree ("field_id",lower("value_text"),"value_text","record_id");