package dev.brigade.ui.queue;

import dev.brigade.core.CopyJob;
import dev.brigade.core.CopyOptions;
import dev.brigade.core.Policy;
import dev.brigade.ui.BackgroundWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The unfinished jobs of the queue, kept in a small file in the user's configuration folder so that a
 * closed, killed or crashed app can offer to resume them. The file is written like every file Brigade
 * writes: to a temporary file, flushed, then renamed over the old one, on a thread of its own.
 */
public final class QueueStore {
    private final Path file;
    private final BackgroundWriter writer = new BackgroundWriter("brigade-queue-store");

    public QueueStore(Path file) {
        this.file = file;
    }

    /** Where the jobs are kept. */
    public Path file() {
        return file;
    }

    /** The store in the platform's configuration folder for this user. */
    public static QueueStore forUser() {
        return new QueueStore(configFolder().resolve("queue.properties"));
    }

    static Path configFolder() {
        String os = System.getProperty("os.name", "");
        Path home = Path.of(System.getProperty("user.home"));
        if (os.startsWith("Windows")) {
            String appData = System.getenv("APPDATA");
            return appData != null ? Path.of(appData, "Brigade") : home.resolve("AppData/Roaming/Brigade");
        }
        if (os.startsWith("Mac")) {
            return home.resolve("Library/Application Support/Brigade");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("brigade");
    }

    /** Replaces what is stored with {@code jobs}, in the background; an empty list removes the file. */
    public void save(List<CopyJob> jobs) {
        List<CopyJob> copy = List.copyOf(jobs);
        writer.write(() -> {
            try {
                write(copy);
            } catch (IOException e) {
                // the folder is not writable: the queue then lives for this session only
            }
        });
    }

    /** Waits until every save asked for so far is on disk. */
    public void awaitSaved() {
        writer.await();
    }

    /** The stored jobs; none when there is no file or it cannot be read. */
    public List<CopyJob> load() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            List<CopyJob> jobs = new ArrayList<>();
            int count = Integer.parseInt(p.getProperty("jobs", "0"));
            for (int i = 0; i < count; i++) {
                jobs.add(job(p, "job." + i + "."));
            }
            return jobs;
        } catch (IOException | RuntimeException e) {
            return List.of(); // a damaged file must not keep the app from starting
        }
    }

    private void write(List<CopyJob> jobs) throws IOException {
        if (jobs.isEmpty()) {
            Files.deleteIfExists(file);
            return;
        }
        Properties p = new Properties();
        p.setProperty("jobs", Integer.toString(jobs.size()));
        for (int i = 0; i < jobs.size(); i++) {
            put(p, "job." + i + ".", jobs.get(i));
        }
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling("." + file.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(temp)) {
            p.store(out, "Brigade's unfinished copy jobs");
        }
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void put(Properties p, String key, CopyJob job) {
        p.setProperty(key + "target", job.target().toString());
        list(p, key + "source.", job.sources());
        list(p, key + "destination.", job.destinations());
        CopyOptions o = job.options();
        p.setProperty(key + "policy", o.policy().id());
        p.setProperty(key + "buffer", Integer.toString(o.bufferSize()));
        p.setProperty(key + "verify", Boolean.toString(o.verify()));
        p.setProperty(key + "fsync", Boolean.toString(o.fsync()));
        p.setProperty(key + "limit", Long.toString(o.bytesPerSecond()));
    }

    private static void list(Properties p, String key, List<Path> paths) {
        p.setProperty(key + "count", Integer.toString(paths.size()));
        for (int i = 0; i < paths.size(); i++) {
            p.setProperty(key + i, paths.get(i).toString());
        }
    }

    private static List<Path> list(Properties p, String key) {
        int count = Integer.parseInt(p.getProperty(key + "count", "0"));
        List<Path> paths = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            paths.add(Path.of(p.getProperty(key + i)));
        }
        return paths;
    }

    private static CopyJob job(Properties p, String key) {
        Policy policy = Policy.valueOf(p.getProperty(key + "policy").toUpperCase(java.util.Locale.ROOT));
        CopyOptions options = new CopyOptions(policy, Integer.parseInt(p.getProperty(key + "buffer")),
                Boolean.parseBoolean(p.getProperty(key + "verify")), Boolean.parseBoolean(p.getProperty(key + "fsync")),
                Long.parseLong(p.getProperty(key + "limit", "0")), false);
        return new CopyJob(list(p, key + "source."), Path.of(p.getProperty(key + "target")), options,
                list(p, key + "destination."));
    }
}
