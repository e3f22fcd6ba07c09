package dev.brigade.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.brigade.core.Trees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fault 3: an ordinary user, where root would read and write everything. Runs the launcher as nobody. */
class PermissionsIT {
    private Path dir;
    private Path launcher;

    @BeforeEach
    void aPlaceNobodyCanUse() throws Exception {
        assumeTrue(Launcher.isRoot(), "switching to nobody needs root");
        assumeTrue(new ProcessBuilder("runuser", "-u", "nobody", "--", "true").start().waitFor() == 0, "runuser works");
        dir = Files.createTempDirectory(Path.of("/tmp"), "brigade-perm-");
        Launcher.sh("chmod 755 '" + dir + "' && cp -r '" + Launcher.PATH.getParent().getParent() + "' '" + dir
                + "/image' && chmod -R a+rX '" + dir + "/image'");
        launcher = dir.resolve("image/bin/brigade");
    }

    @AfterEach
    void removeThePlace() throws Exception {
        if (dir != null) {
            Launcher.sh("chmod -R u+rwX '" + dir + "' && rm -rf '" + dir + "'");
        }
    }

    private Launcher.Result asNobody(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("runuser", "-u", "nobody", "--", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("HOME", dir.toString());
        return Launcher.finish(builder.start(), 120);
    }

    @Test
    void anUnreadableSourceFileFailsWithItsReasonAndTheRestIsCopied() throws Exception {
        Launcher.sh("cd '" + dir + "' && mkdir -p src dst && echo ok > src/ok.txt && echo secret > src/secret.txt"
                + " && chmod 000 src/secret.txt && chmod -R a+rwX dst && chmod a+rx src src/ok.txt");
        Launcher.Result result = asNobody("copy", dir.resolve("src").toString(), dir.resolve("dst").toString());
        assertEquals(1, result.exitCode(), result.err());
        assertEquals(List.of("brigade: failed: " + dir.resolve("src/secret.txt") + ": permission denied"), result.errLines());
        assertEquals("ok\n", Files.readString(dir.resolve("dst/src/ok.txt")));
        assertTrue(Files.notExists(dir.resolve("dst/src/secret.txt")));
        assertEquals(List.of(), Trees.temporaryFiles(dir.resolve("dst")));
    }

    @Test
    void anUnreadableFolderFailsAloneWithItsReason() throws Exception {
        Launcher.sh("cd '" + dir + "' && mkdir -p src/locked dst && echo ok > src/ok.txt && echo x > src/locked/x"
                + " && chmod 000 src/locked && chmod -R a+rwX dst && chmod a+rx src src/ok.txt");
        Launcher.Result result = asNobody("copy", dir.resolve("src").toString(), dir.resolve("dst").toString());
        assertEquals(1, result.exitCode(), result.err());
        assertEquals(List.of("brigade: failed: " + dir.resolve("src/locked") + ": permission denied"), result.errLines());
        assertEquals("ok\n", Files.readString(dir.resolve("dst/src/ok.txt")));
    }

    @Test
    void anUnwritableTargetFolderIsRefusedOrFailsEachFileAndNothingIsHalfWritten() throws Exception {
        Launcher.sh("cd '" + dir + "' && mkdir -p src readonly/existing && echo a > src/a.txt && echo b > src/b.txt"
                + " && chmod -R a+rX src && chmod 555 readonly readonly/existing");
        Launcher.Result intoNew = asNobody("copy", dir.resolve("src").toString(), dir.resolve("readonly/new").toString());
        assertEquals(2, intoNew.exitCode(), intoNew.err());
        assertEquals(List.of("brigade: refused: cannot create target folder " + dir.resolve("readonly/new")
                + ": permission denied"), intoNew.errLines());

        Launcher.Result intoExisting = asNobody("copy", dir.resolve("src/a.txt").toString(), dir.resolve("src/b.txt").toString(),
                dir.resolve("readonly/existing").toString());
        assertEquals(1, intoExisting.exitCode(), intoExisting.err());
        assertEquals(2, intoExisting.errLines().size(), intoExisting.err());
        assertTrue(intoExisting.errLines().stream().allMatch(l -> l.endsWith(": permission denied")), intoExisting.err());
        assertEquals(List.of(Path.of("")), Trees.listing(dir.resolve("readonly/existing")), "nothing half-written");
    }

    /** A run killed after the copy took its source's read-only bits, before the rename, leaves this. */
    @Test
    void aReadOnlyTemporaryFileLeftByAKilledRunIsRemovedAndBlocksNothing() throws Exception {
        String stale = ".a.txt.brigade-0000abcd-x1y2.part";
        Launcher.sh("cd '" + dir + "' && mkdir -p src dst/src && echo a > src/a.txt && chmod -R a+rX src"
                + " && echo half > dst/src/" + stale + " && chmod 444 dst/src/" + stale
                + " && chown -R nobody dst");
        Launcher.Result result = asNobody("copy", dir.resolve("src").toString(), dir.resolve("dst").toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("a\n", Files.readString(dir.resolve("dst/src/a.txt")));
        assertEquals(List.of(), Trees.temporaryFiles(dir.resolve("dst")));
    }
}
