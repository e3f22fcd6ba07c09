package dev.brigade.ui.setup;

import java.io.File;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files and folders picked for the next job, each once, in the order they were added. */
public final class SourceList {
    private final ObservableList<Path> paths = FXCollections.observableArrayList();

    /**
     * The sources that were folders when added: the list shows them with a trailing slash. Looked at
     * once, when added, because a cell that asked the disk on every repaint would freeze the window on
     * a network share that hangs.
     */
    private final Set<Path> folders = new HashSet<>();

    /** Adds what a drop or a chooser delivered; paths already present are not added twice. */
    public void addFiles(Collection<File> files) {
        for (File file : files) {
            Path path = file.toPath().toAbsolutePath().normalize();
            if (!paths.contains(path)) {
                if (file.isDirectory()) {
                    folders.add(path);
                }
                paths.add(path);
            }
        }
    }

    /** Whether {@code path} was a folder when it was added. */
    public boolean isFolder(Path path) {
        return folders.contains(path);
    }

    public void remove(Collection<Path> selected) {
        paths.removeAll(selected);
        folders.removeAll(selected);
    }

    public void clear() {
        paths.clear();
        folders.clear();
    }

    public ObservableList<Path> paths() {
        return paths;
    }
}
