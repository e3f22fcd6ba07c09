package dev.brigade.ui.setup;

import dev.brigade.core.CopyOptions;
import dev.brigade.core.Policy;
import dev.brigade.ui.BackgroundWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The choices a person makes once and expects to find again: per-job options, how many jobs run at
 * once, the theme, and recent destinations. Kept in Java Preferences; every change is saved at once,
 * on a background thread of its own: a preferences write touches the disk, and while a copy floods
 * that disk a write can take hundreds of milliseconds the window must not spend.
 */
public final class Settings {
    static final int MAX_RECENT = 8;
    private static final String RECENT = "recent.";

    private static final BackgroundWriter WRITER = new BackgroundWriter("brigade-settings");

    private final Preferences node;
    private final ObjectProperty<Policy> policy = new SimpleObjectProperty<>();
    private final IntegerProperty bufferSize = new SimpleIntegerProperty();
    private final BooleanProperty verify = new SimpleBooleanProperty();
    private final BooleanProperty fsync = new SimpleBooleanProperty();
    private final IntegerProperty jobsAtOnce = new SimpleIntegerProperty();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final ObservableList<String> recentDestinations = FXCollections.observableArrayList();

    public Settings(Preferences node) {
        this.node = node;
        CopyOptions defaults = CopyOptions.defaults();
        policy.set(policyOf(node.get("policy", defaults.policy().id())));
        bufferSize.set(clampBuffer(node.getInt("bufferSize", defaults.bufferSize())));
        verify.set(node.getBoolean("verify", defaults.verify()));
        fsync.set(node.getBoolean("fsync", defaults.fsync()));
        jobsAtOnce.set(Math.max(1, Math.min(8, node.getInt("jobsAtOnce", 1))));
        dark.set(node.getBoolean("dark", false));
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get(RECENT + i, null);
            if (value != null && !value.isBlank()) {
                recentDestinations.add(value);
            }
        }
        policy.addListener((o, was, now) -> save(() -> node.put("policy", now.id())));
        bufferSize.addListener((o, was, now) -> save(() -> node.putInt("bufferSize", now.intValue())));
        verify.addListener((o, was, now) -> save(() -> node.putBoolean("verify", now)));
        fsync.addListener((o, was, now) -> save(() -> node.putBoolean("fsync", now)));
        jobsAtOnce.addListener((o, was, now) -> save(() -> node.putInt("jobsAtOnce", now.intValue())));
        dark.addListener((o, was, now) -> save(() -> node.putBoolean("dark", now)));
    }

    /** The settings of this user, in the platform's preferences store. */
    public static Settings forUser() {
        return new Settings(Preferences.userRoot().node("dev/brigade"));
    }

    /** The options a new job gets. */
    public CopyOptions copyOptions() {
        return new CopyOptions(policy.get(), bufferSize.get(), verify.get(), fsync.get());
    }

    /** Puts {@code destination} first among the recent ones. */
    public void remember(String destination) {
        List<String> recent = new ArrayList<>(recentDestinations);
        recent.remove(destination);
        recent.add(0, destination);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
        recentDestinations.setAll(recent);
        save(() -> {
            for (int i = 0; i < MAX_RECENT; i++) {
                if (i < recent.size()) {
                    node.put(RECENT + i, recent.get(i));
                } else {
                    node.remove(RECENT + i);
                }
            }
        });
    }

    /** Applies {@code change} to the store and flushes it, off the FX thread, in the order of the calls. */
    private void save(Runnable change) {
        WRITER.write(() -> {
            change.run();
            try {
                node.flush();
            } catch (BackingStoreException e) {
                // the preferences store is unavailable (a read-only home): settings last for this session only
            }
        });
    }

    /** Waits until every change made so far is written: for tests, and for a clean exit. */
    public void awaitSaved() {
        WRITER.await();
    }

    private static Policy policyOf(String id) {
        for (Policy p : Policy.values()) {
            if (p.id().equals(id)) {
                return p;
            }
        }
        return CopyOptions.defaults().policy();
    }

    private static int clampBuffer(int size) {
        return Math.max(CopyOptions.MIN_BUFFER, Math.min(CopyOptions.MAX_BUFFER, size));
    }

    public ObjectProperty<Policy> policyProperty() {
        return policy;
    }

    public IntegerProperty bufferSizeProperty() {
        return bufferSize;
    }

    public BooleanProperty verifyProperty() {
        return verify;
    }

    public BooleanProperty fsyncProperty() {
        return fsync;
    }

    public IntegerProperty jobsAtOnceProperty() {
        return jobsAtOnce;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public ObservableList<String> recentDestinations() {
        return FXCollections.unmodifiableObservableList(recentDestinations);
    }
}
