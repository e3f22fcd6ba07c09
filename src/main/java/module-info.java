/** Brigade: a careful, fast file copier, with a desktop app and a command line over one copy engine. */
module dev.brigade {
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires info.picocli;
    requires java.prefs;
    requires jdk.unsupported; // sun.misc.Signal: SIGINT and SIGTERM cancel a copy cleanly

    exports dev.brigade.core;
    exports dev.brigade.ui to javafx.graphics;
    opens dev.brigade.cli to info.picocli;
}
