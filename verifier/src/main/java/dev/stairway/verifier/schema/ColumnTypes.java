package dev.stairway.verifier.schema;

import dev.stairway.fixtures.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Resolves the types of one snapshot's columns through its enums and domains (see {@link ColumnType}). */
final class ColumnTypes {

    private static final Pattern SIZE = Pattern.compile("\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)");
    /** Domains over domains deeper than this are taken for a cycle, which PostgreSQL does not allow anyway. */
    private static final int MAX_DEPTH = 16;

    private final Dialect dialect;
    private final Map<String, EnumType> enums;
    private final Map<String, DomainType> domains;

    ColumnTypes(Dialect dialect, List<EnumType> enums, List<DomainType> domains) {
        this.dialect = dialect;
        this.enums = byName(enums, EnumType::name);
        this.domains = byName(domains, DomainType::name);
    }

    private static <T> Map<String, T> byName(List<T> values, Function<T, String> name) {
        return values.stream().collect(Collectors.toUnmodifiableMap(name, value -> value, (one, other) -> one));
    }

    ColumnType resolve(String type) {
        return resolve(type == null ? "" : type, 0);
    }

    private ColumnType resolve(String type, int depth) {
        if (dialect == Dialect.SQLITE || type.endsWith("]")) {
            return sized(TypeFamily.of(dialect, type), type);
        }
        String name = unquoted(type);
        EnumType enumType = lookup(enums, name);
        if (enumType != null) {
            return new ColumnType(TypeFamily.ENUM, 0, 0, -1, enumType.labels(), false, false, List.of());
        }
        DomainType domain = lookup(domains, name);
        if (domain != null && depth < MAX_DEPTH) {
            ColumnType base = resolve(domain.baseType(), depth + 1);
            List<Check> checks = new ArrayList<>(base.checks());
            checks.addAll(domain.checks());
            return new ColumnType(base.family(), base.maxLength(), base.precision(), base.scale(), base.labels(),
                    base.notNull() || !domain.nullable(), base.hasDefault() || domain.defaultValue() != null, checks);
        }
        return sized(TypeFamily.of(dialect, type), type);
    }

    private static ColumnType sized(TypeFamily family, String type) {
        Matcher size = SIZE.matcher(type);
        int first = size.find() ? Integer.parseInt(size.group(1)) : 0;
        int second = first > 0 && size.group(2) != null ? Integer.parseInt(size.group(2)) : -1;
        return new ColumnType(family, family == TypeFamily.TEXT ? first : 0, family == TypeFamily.DECIMAL ? first : 0,
                family == TypeFamily.DECIMAL ? second : -1, List.of(), false, false, List.of());
    }

    /** The type or its unqualified name, whichever the snapshot knows, when only one type has that name. */
    private static <T> T lookup(Map<String, T> byName, String name) {
        T found = byName.get(name);
        if (found != null || name.contains(".")) {
            return found;
        }
        List<T> matches = byName.entrySet().stream().filter(entry -> entry.getKey().endsWith("." + name))
                .map(Map.Entry::getValue).toList();
        return matches.size() == 1 ? matches.get(0) : null;
    }

    /** A type name as {@code format_type} prints it ({@code audit."Mood"}), without quotes ({@code audit.Mood}). */
    static String unquoted(String type) {
        StringBuilder name = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < type.length() && type.charAt(i + 1) == '"') {
                    name.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }
}
