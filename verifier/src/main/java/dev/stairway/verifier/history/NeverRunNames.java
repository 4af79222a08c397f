package dev.stairway.verifier.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files named almost like migrations that Flyway passes over without a word, and Stairway with it: a lower-case
 * prefix ({@code v1__x.sql}), an upper-case suffix ({@code V3__c.SQL}), one underscore between version and name
 * ({@code V1_x.sql}). Each gets a warning naming the file and the name it would run under; the walk goes on.
 */
final class NeverRunNames {

    private static final Pattern VERSION = Pattern.compile("\\d+(?:[._]\\d+)*");
    private static final Pattern ONE_UNDERSCORE = Pattern.compile("(\\d+(?:[._]\\d+)*)_([^_].*)");
    private static final String SUFFIX = ".sql";

    private NeverRunNames() {
    }

    /** The warning for the file at {@code path} when its name is such a near miss; empty for any other name. */
    static Optional<String> warning(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.length() <= SUFFIX.length() + 1 || !name.toLowerCase(java.util.Locale.ROOT).endsWith(SUFFIX)) {
            return Optional.empty();
        }
        char prefix = name.charAt(0);
        char upper = Character.toUpperCase(prefix);
        if ("VUR".indexOf(upper) < 0) {
            return Optional.empty();
        }
        String rest = name.substring(1, name.length() - SUFFIX.length());
        boolean repeatable = upper == 'R';
        if (repeatable ? !rest.startsWith("_") : rest.isEmpty() || !Character.isDigit(rest.charAt(0))) {
            return Optional.empty();
        }
        List<String> needs = new ArrayList<>();
        if (prefix != upper) {
            needs.add("an upper-case " + upper + " prefix");
        }
        String fixedRest = rest;
        if (!rest.contains("__")) {
            Matcher versioned = ONE_UNDERSCORE.matcher(rest);
            if (repeatable) {
                fixedRest = "_" + rest;
            } else if (versioned.matches()) {
                fixedRest = versioned.group(1) + "__" + versioned.group(2);
            } else if (VERSION.matcher(rest).matches()) {
                fixedRest = rest + "__<name>";
            } else {
                return Optional.empty();
            }
            needs.add(fixedRest.endsWith("<name>") ? "two underscores and a name after the version"
                    : "two underscores between " + (repeatable ? "prefix" : "version") + " and name");
        }
        if (!name.endsWith(SUFFIX)) {
            needs.add("the suffix " + SUFFIX + " in lower case");
        }
        if (needs.isEmpty()) {
            return Optional.empty();
        }
        String fixed = upper + fixedRest + SUFFIX;
        return Optional.of(path + " looks like a migration but is never run: Flyway needs "
                + String.join(" and ", needs) + ". Rename it to " + fixed + " if it should run, or move it out of the"
                + " migration folders.");
    }
}
