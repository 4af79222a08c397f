package dev.stairway.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an instance field of a {@link MigratedDatabase @MigratedDatabase} test class that Stairway fills with the
 * current dialect's database: the field's type is {@link javax.sql.DataSource}, {@link java.sql.Connection} or
 * {@link dev.stairway.fixtures.TestDatabase}.
 *
 * <p>Only marked fields are touched, so a {@code DataSource} field that another framework injects is left alone.
 * The field must be neither {@code static} (a class runs on several dialects) nor {@code final}. An injected
 * {@code Connection} is new for each test instance and closed by Stairway when that instance is done.
 *
 * <pre>{@code
 * @InjectDatabase
 * DataSource dataSource;
 * }</pre>
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InjectDatabase {
}
