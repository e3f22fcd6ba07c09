package dev.brigade.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What to do with one planned path given what already sits at its target and the job's policy. The
 * target is read without following links, so a link in the target tree is judged as a link and never
 * written through.
 */
public record TargetDecision(Action action, String reason) {

    public enum Action {
        /** Nothing is there: create it. */
        CREATE,
        /** Something is there and the policy says replace it. */
        REPLACE,
        /** Something is there and the policy keeps it. */
        SKIP,
        /** Something of another kind is in the way; the path fails. */
        CONFLICT,
        /** A folder that already exists: copy into it. */
        USE_EXISTING
    }

    /** Nothing is at the target: the decision for paths in a folder the job itself created. */
    public static final TargetDecision CREATE = new TargetDecision(Action.CREATE, "");

    /** The reason of everything inside a folder that could not be made in the target. */
    public static final String BLOCKED_FOLDER = "its folder could not be created";

    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    public static TargetDecision decide(PlanEntry entry, Policy policy) throws IOException {
        if (entry.kind() == EntryKind.SPECIAL) {
            return new TargetDecision(Action.SKIP, "special file");
        }
        BasicFileAttributes existing;
        try {
            existing = Files.readAttributes(entry.target(), BasicFileAttributes.class, NO_FOLLOW);
        } catch (NoSuchFileException e) {
            return CREATE;
        }
        return switch (entry.kind()) {
            case DIRECTORY -> forDirectory(existing);
            case FILE, SYMLINK, SPECIAL -> forFile(entry, existing, policy);
        };
    }

    private static TargetDecision forDirectory(BasicFileAttributes existing) {
        if (existing.isDirectory()) {
            return new TargetDecision(Action.USE_EXISTING, "");
        }
        if (existing.isSymbolicLink()) {
            return new TargetDecision(Action.CONFLICT, "a symbolic link is in the way (links in the target are never written through)");
        }
        return new TargetDecision(Action.CONFLICT, "a file of that name is in the way");
    }

    private static TargetDecision forFile(PlanEntry entry, BasicFileAttributes existing, Policy policy) throws IOException {
        if (existing.isDirectory()) {
            return new TargetDecision(Action.CONFLICT, "a folder of that name is in the way");
        }
        return switch (policy) {
            case SKIP -> new TargetDecision(Action.SKIP, "target exists");
            case OVERWRITE -> new TargetDecision(Action.REPLACE, "");
            case SYNC -> isUpToDate(entry, existing)
                    ? new TargetDecision(Action.SKIP, "up to date")
                    : new TargetDecision(Action.REPLACE, "");
        };
    }

    /** rsync's quick check: same size and the same modification time in whole seconds; links by their text. */
    private static boolean isUpToDate(PlanEntry entry, BasicFileAttributes existing) throws IOException {
        if (entry.kind() == EntryKind.SYMLINK) {
            return existing.isSymbolicLink()
                    && Files.readSymbolicLink(entry.target()).equals(Files.readSymbolicLink(entry.source()));
        }
        return existing.isRegularFile()
                && existing.size() == entry.size()
                && existing.lastModifiedTime().to(TimeUnit.SECONDS) == entry.modified().to(TimeUnit.SECONDS);
    }
}
