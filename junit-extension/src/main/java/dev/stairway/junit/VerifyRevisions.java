package dev.stairway.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lets the {@code @TestFactory} methods of a class receive a {@link RevisionWalk}: Stairway's walk of a migration
 * history, up, down and up again on each dialect, as one dynamic test per revision per dialect, on the PostgreSQL
 * server the whole test run shares with {@link MigratedDatabase @MigratedDatabase} classes. Inherited, and can be
 * put on an annotation of your own.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@ExtendWith(RevisionWalkExtension.class)
public @interface VerifyRevisions {
}
