package dev.stairway.verifier.locks.postgresql;

import dev.stairway.verifier.history.AcceptedVerdict;
import dev.stairway.verifier.history.Revision;
import dev.stairway.verifier.locks.LockTaken;
import dev.stairway.verifier.locks.MeasuredStatement;
import dev.stairway.verifier.locks.Rewrite;
import dev.stairway.verifier.locks.ScriptKind;
import dev.stairway.verifier.locks.ScriptMeasurement;
import dev.stairway.verifier.locks.Verdict;
import dev.stairway.verifier.locks.VerdictCode;
import dev.stairway.verifier.locks.postgresql.MeasuringPass.Observed;
import dev.stairway.verifier.locks.postgresql.MeasuringPass.ObservedLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns what a measuring pass observed into measured statements and verdicts with stable codes. */
final class VerdictRules {

    private static final String ACCESS_EXCLUSIVE = "AccessExclusiveLock";
    /** At most this many later statements are named in an {@code exclusive-lock-held} verdict. */
    private static final int NAMED_STATEMENTS = 3;

    private final MeasuringPass.Result result;
    private final Revision revision;
    private final ScriptKind script;
    private final List<Observed> steps;
    private final List<Verdict> verdicts = new ArrayList<>();

    private VerdictRules(MeasuringPass.Result result, Revision revision, ScriptKind script) {
        this.result = result;
        this.revision = revision;
        this.script = script;
        this.steps = result.statements();
    }

    /** The measurement of {@code script} of {@code revision} from what its pass observed. */
    static ScriptMeasurement measurement(MeasuringPass.Result result, Revision revision, ScriptKind script,
            String path) {
        VerdictRules rules = new VerdictRules(result, revision, script);
        List<MeasuredStatement> statements = new ArrayList<>();
        for (int index = 0; index < rules.steps.size(); index++) {
            statements.add(rules.statement(index));
            rules.judge(index);
        }
        List<String> notes = new ArrayList<>(result.notes());
        if (result.completed()) {
            notes.addAll(rules.unusedAcceptances());
        }
        List<Verdict> sorted = rules.verdicts.stream().sorted(Comparator.comparingInt(Verdict::line)).toList();
        return new ScriptMeasurement(script, path, result.transactional(), statements, notes, sorted);
    }

    private MeasuredStatement statement(int index) {
        Observed step = steps.get(index);
        Duration held = heldFrom(index);
        // pg_locks lists locks in no particular order: reports list them by relation, the strongest mode first
        List<LockTaken> locks = step.locks.stream()
                .sorted(Comparator.comparing((ObservedLock lock) -> lock.relation().name())
                        .thenComparing(lock -> -MeasuringPass.strength(lock.mode())))
                .map(lock -> new LockTaken(lock.relation().name(), lock.relation().kind(),
                        MeasuringPass.modeName(lock.mode()), lock.existed(), held)).toList();
        List<Rewrite> rewrites = step.rewritten.stream().sorted(Comparator.comparing(Relation::name))
                .map(relation -> new Rewrite(relation.name(), relation.kind(), result.rowsOf(relation))).toList();
        return new MeasuredStatement(step.statement.line(), step.statement.firstLine(), step.duration,
                step.rowsWritten, locks, rewrites);
    }

    /** How long a lock taken by statement {@code index} is held: to the end of the transaction, or of itself. */
    private Duration heldFrom(int index) {
        if (!result.transactional()) {
            return steps.get(index).duration;
        }
        return steps.subList(index, steps.size()).stream().map(step -> step.duration)
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The verdicts on statement {@code index}, none on a table the script drops before it ends: the DROP takes ACCESS
     * EXCLUSIVE on it anyway, held to the end, so a lock taken on it earlier changes nothing for the application.
     */
    private void judge(int index) {
        Observed step = steps.get(index);
        for (Relation table : step.rewritten) {
            if (table.holdsRows() && !result.dropsTableOf(table)) {
                add(VerdictCode.TABLE_REWRITE, step, table.kind() + " " + table.name() + rows(table)
                        + " rewritten under " + mode(table, index) + blocking(table, index)
                        + " while every row is copied");
            }
        }
        step.indexesBuilt.forEach((built, table) -> {
            // rebuilding the indexes is part of rewriting the table
            if (!step.rewritten.contains(table) && !result.dropsTableOf(table)) {
                add(VerdictCode.INDEX_WITHOUT_CONCURRENTLY, step, "index " + built + " built on existing table "
                        + table.name() + rows(table) + " holding " + mode(table, index) + blocking(table, index)
                        + " while it builds");
            }
        });
        step.validated.forEach((constraint, table) -> {
            if (!result.dropsTableOf(table)) {
                add(VerdictCode.CONSTRAINT_VALIDATED_ON_ADD, step, "constraint " + constraint
                        + (step.validatedWhereAdded.contains(constraint)
                                ? " added to existing table " + table.name() + rows(table) + " and validated at once"
                                : " validated in the transaction that added it, on existing table " + table.name()
                                        + rows(table))
                        + ": every row is scanned holding " + mode(table, index));
            }
        });
        Map<Relation, List<String>> notNull = new LinkedHashMap<>();
        step.notNullSet.forEach((column, table) -> {
            if (!result.dropsTableOf(table)) {
                notNull.computeIfAbsent(table, t -> new ArrayList<>()).add(column);
            }
        });
        notNull.forEach((table, columns) -> add(VerdictCode.NOT_NULL_BY_SCAN, step,
                "SET NOT NULL on " + String.join(", ", columns) + " scans existing table " + table.name()
                        + rows(table) + " holding " + mode(table, index) + blocking(table, index)));
        exclusiveLockHeld(index);
    }

    /**
     * ACCESS EXCLUSIVE taken at {@code index} on tables that existed before and still exist after the script (holding
     * it on a table the script drops is part of dropping it), held while later statements do work.
     */
    private void exclusiveLockHeld(int index) {
        if (!result.transactional() || !result.completed()) {
            return;
        }
        Observed step = steps.get(index);
        Set<Relation> tables = new LinkedHashSet<>();
        step.locks.stream().filter(lock -> lock.existed() && lock.mode().equals(ACCESS_EXCLUSIVE)
                && lock.relation().holdsRows() && result.rowsOf(lock.relation()) >= 0)
                .forEach(lock -> tables.add(lock.relation()));
        if (tables.isEmpty()) {
            return;
        }
        List<String> work = new ArrayList<>();
        for (int later = index + 1; later < steps.size(); later++) {
            work(steps.get(later), tables).ifPresent(work::add);
        }
        if (work.isEmpty()) {
            return;
        }
        String named = String.join("; ", work.subList(0, Math.min(NAMED_STATEMENTS, work.size())))
                + (work.size() > NAMED_STATEMENTS ? "; and " + (work.size() - NAMED_STATEMENTS) + " more statements"
                        : "");
        List<String> described = tables.stream().map(table -> table.name() + rows(table)).toList();
        add(VerdictCode.EXCLUSIVE_LOCK_HELD, step, "ACCESS EXCLUSIVE on existing table"
                + (tables.size() > 1 ? "s " : " ") + String.join(", ", described) + " stays held until commit while "
                + named + ": its readers and writers wait meanwhile");
    }

    /**
     * What statement {@code step} does while {@code tables} are held, in words, such as {@code line 10 writes 3
     * rows}: rows written, or work on other tables (work on the held tables has its own verdict), or a lock on
     * another table that existed before, which it may have to wait for.
     */
    private Optional<String> work(Observed step, Set<Relation> tables) {
        List<String> work = new ArrayList<>();
        if (step.rowsWritten > 0) {
            work.add("writes " + count(step.rowsWritten));
        }
        step.rewritten.stream().filter(table -> table.holdsRows() && !tables.contains(table))
                .forEach(table -> work.add("rewrites " + table.name()));
        step.indexesBuilt.forEach((built, table) -> {
            if (!tables.contains(table)) {
                work.add("builds index " + built);
            }
        });
        step.validated.forEach((constraint, table) -> {
            if (!tables.contains(table)) {
                work.add("validates " + constraint);
            }
        });
        new LinkedHashSet<>(step.notNullSet.values()).stream().filter(table -> !tables.contains(table))
                .forEach(table -> work.add("scans " + table.name() + " for NOT NULL"));
        List<String> others = step.locks.stream().map(ObservedLock::relation)
                .filter(relation -> relation.holdsRows() && result.before().existed(relation.oid())
                        && !tables.contains(relation))
                .map(Relation::name).distinct().toList();
        if (!others.isEmpty()) {
            work.add("locks existing table" + (others.size() > 1 ? "s " : " ") + String.join(", ", others));
        }
        return work.isEmpty() ? Optional.empty()
                : Optional.of("line " + step.statement.line() + " " + String.join(", ", work));
    }

    private void add(VerdictCode code, Observed step, String message) {
        verdicts.add(new Verdict(code, script, step.statement.line(), message, revision.acceptance(script, code)));
    }

    private List<String> unusedAcceptances() {
        List<String> notes = new ArrayList<>();
        for (AcceptedVerdict accepted : revision.acceptedVerdicts()) {
            if (accepted.script() == script && verdicts.stream().noneMatch(verdict -> verdict.code() == accepted.code())) {
                notes.add("-- stairway:accept " + accepted.code() + " accepts no verdict measured in this script;"
                        + " remove it if it no longer applies");
            }
        }
        return notes;
    }

    /** The strongest mode the script holds on {@code relation} after statement {@code index}, as documented. */
    private String mode(Relation relation, int index) {
        return MeasuringPass.modeName(strongestMode(relation, index));
    }

    private String strongestMode(Relation relation, int index) {
        String strongest = "";
        for (int step = 0; step <= index; step++) {
            for (ObservedLock lock : steps.get(step).locks) {
                if (lock.relation().oid() == relation.oid()
                        && MeasuringPass.strength(lock.mode()) > MeasuringPass.strength(strongest)) {
                    strongest = lock.mode();
                }
            }
        }
        return strongest;
    }

    /** What the mode held on {@code relation} blocks, in words. */
    private String blocking(Relation relation, int index) {
        int strength = MeasuringPass.strength(strongestMode(relation, index));
        if (strength >= MeasuringPass.strength(ACCESS_EXCLUSIVE)) {
            return ", which blocks reads and writes";
        }
        return strength >= MeasuringPass.strength("ShareLock") ? ", which blocks writes" : "";
    }

    private String rows(Relation relation) {
        long rows = result.rowsOf(relation);
        return rows < 0 ? "" : " (" + count(rows) + ")";
    }

    private static String count(long rows) {
        return rows + (rows == 1 ? " row" : " rows");
    }
}
