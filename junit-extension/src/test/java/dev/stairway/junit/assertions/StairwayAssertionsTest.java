package dev.stairway.junit.assertions;

import static dev.stairway.junit.assertions.StairwayAssertions.assertThat;
import static dev.stairway.junit.assertions.StairwayAssertions.assertThatSchemaOf;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stairway.fixtures.Dialect;
import dev.stairway.fixtures.TestDatabase;
import dev.stairway.junit.MigratedDatabase;
import dev.stairway.verifier.schema.SchemaSnapshot;
import dev.stairway.verifier.schema.TypeFamily;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every schema assertion, passing and failing with the message a user reads, on a real SQLite and PostgreSQL
 * database migrated with {@code db/assertions/common/V1__shop.sql}.
 */
@MigratedDatabase(locations = "classpath:db/assertions/common")
class StairwayAssertionsTest {

    private SchemaSnapshot schema;
    private boolean postgresql;

    @BeforeEach
    void read_the_schema(TestDatabase database) {
        schema = SchemaSnapshot.read(database);
        postgresql = database.dialect() == Dialect.POSTGRESQL;
    }

    @Test
    void tables_and_views_present_pass(TestDatabase database) {
        assertThat(schema).hasTable("customer").hasTable("purchase").doesNotHaveTable("refund").hasView("big_purchase");
        assertThatSchemaOf(database).hasTable("purchase");
    }

    @Test
    void a_missing_table_is_named_with_the_tables_there_are() {
        assertThatThrownBy(() -> assertThat(schema).hasTable("refund"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting schema to have table \"refund\" but it has tables: customer, purchase");
        assertThatThrownBy(() -> assertThat(schema).table("refund"))
                .hasMessage("Expecting schema to have table \"refund\" but it has tables: customer, purchase");
    }

    @Test
    void a_table_present_against_expectation_fails() {
        assertThatThrownBy(() -> assertThat(schema).doesNotHaveTable("customer"))
                .hasMessage("Expecting schema not to have table \"customer\" but it has");
    }

    @Test
    void a_missing_view_is_named_with_the_views_there_are() {
        assertThatThrownBy(() -> assertThat(schema).hasView("small_purchase"))
                .hasMessage("Expecting schema to have view \"small_purchase\" but it has views: big_purchase");
    }

    @Test
    void columns_with_their_type_family_nullability_and_default_pass() {
        assertThat(schema).table("customer").hasColumn("email").ofTypeFamily(TypeFamily.TEXT).notNull()
                .hasNoDefault();
        assertThat(schema).table("customer").hasColumn("name").ofTypeFamily(TypeFamily.TEXT).nullable();
        assertThat(schema).table("purchase").hasColumn("total").ofTypeFamily(TypeFamily.INTEGER).notNull()
                .hasDefault("0");
        assertThat(schema).table("customer").hasColumn("email").ofType(postgresql ? "character varying(200)"
                : "varchar(200)");
        assertThat(schema).table("purchase").doesNotHaveColumn("discount");
    }

    @Test
    void a_missing_column_is_named_with_the_columns_there_are() {
        assertThatThrownBy(() -> assertThat(schema).table("customer").hasColumn("phone"))
                .hasMessage("Expecting table customer to have column \"phone\" but it has columns: id, email, name");
        assertThatThrownBy(() -> assertThat(schema).table("customer").doesNotHaveColumn("email"))
                .hasMessage("Expecting table customer not to have column \"email\" but it has");
    }

    @Test
    void a_column_of_another_type_family_names_its_type() {
        String type = postgresql ? "character varying(200)" : "VARCHAR(200)";
        assertThatThrownBy(() -> assertThat(schema).table("customer").hasColumn("email")
                .ofTypeFamily(TypeFamily.INTEGER))
                .hasMessage("Expecting column customer.email to be of type family integer but it is text (" + type
                        + ")");
        assertThatThrownBy(() -> assertThat(schema).table("customer").hasColumn("email").ofType("text"))
                .hasMessage("Expecting column customer.email to be of type text but it is " + type);
    }

    @Test
    void nullability_against_expectation_fails() {
        assertThatThrownBy(() -> assertThat(schema).table("customer").hasColumn("name").notNull())
                .hasMessage("Expecting column customer.name to be NOT NULL but it is nullable");
        assertThatThrownBy(() -> assertThat(schema).table("customer").hasColumn("email").nullable())
                .hasMessage("Expecting column customer.email to be nullable but it is NOT NULL");
    }

    @Test
    void defaults_against_expectation_fail() {
        assertThatThrownBy(() -> assertThat(schema).table("purchase").hasColumn("total").hasDefault("1"))
                .hasMessage("Expecting column purchase.total to have default 1 but it is 0");
        assertThatThrownBy(() -> assertThat(schema).table("purchase").hasColumn("note").hasDefault("''"))
                .hasMessage("Expecting column purchase.note to have default '' but it has none");
        assertThatThrownBy(() -> assertThat(schema).table("purchase").hasColumn("total").hasNoDefault())
                .hasMessage("Expecting column purchase.total to have no default but it is 0");
    }

    @Test
    void keys_and_indexes_pass() {
        assertThat(schema).hasIndexOn("purchase", "customer_id").hasIndexOn("purchase", "id")
                .hasIndexOn("customer", "email").doesNotHaveIndexOn("purchase", "total");
        assertThat(schema).table("customer").hasPrimaryKey("id").hasUniqueKey("email");
        assertThat(schema).table("purchase").hasForeignKeyTo("customer", "customer_id").hasIndexOn("customer_id");
    }

    @Test
    void a_missing_index_is_named_with_the_indexes_there_are() {
        String indexes = postgresql ? "indexes: primary key purchase_pkey (id), purchase_customer_id_idx (customer_id)"
                : "indexes: primary key (id), purchase_customer_id_idx (customer_id)";
        assertThatThrownBy(() -> assertThat(schema).hasIndexOn("purchase", "total"))
                .hasMessage("Expecting table purchase to have an index on (total) but it has " + indexes);
        assertThatThrownBy(() -> assertThat(schema).hasIndexOn("refund", "total"))
                .hasMessage("Expecting schema to have table \"refund\" but it has tables: customer, purchase");
        assertThatThrownBy(() -> assertThat(schema).doesNotHaveIndexOn("purchase", "customer_id"))
                .hasMessage("Expecting table purchase not to have an index on (customer_id) but it has " + indexes);
    }

    @Test
    void keys_against_expectation_name_the_keys_there_are() {
        String customerKeys = postgresql ? "indexes: primary key customer_pkey (id), unique customer_email_key (email)"
                : "indexes: primary key (id), unique (email)";
        assertThatThrownBy(() -> assertThat(schema).table("customer").hasPrimaryKey("email"))
                .hasMessage("Expecting table customer to have primary key (email) but it is (id)");
        assertThatThrownBy(() -> assertThat(schema).table("customer").hasUniqueKey("name"))
                .hasMessage("Expecting table customer to have a unique key on (name) but it has " + customerKeys);
        assertThatThrownBy(() -> assertThat(schema).table("purchase").hasForeignKeyTo("refund", "customer_id"))
                .hasMessage("Expecting table purchase to have a foreign key (customer_id) -> refund but it has"
                        + " foreign keys: (customer_id) -> customer(id)");
        assertThatThrownBy(() -> assertThat(schema).table("customer").hasForeignKeyTo("purchase", "id"))
                .hasMessage("Expecting table customer to have a foreign key (id) -> purchase but it has no foreign keys");
    }

    @Test
    void a_description_given_with_as_comes_first() {
        assertThatThrownBy(() -> assertThat(schema).as("after V1").hasTable("refund"))
                .hasMessage("[after V1] Expecting schema to have table \"refund\" but it has tables: customer, purchase");
    }
}
