package dev.brigade.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** Small icon buttons drawn from SVG shapes in the style sheet, each with words for screen readers. */
public final class Icons {
    private Icons() {
    }

    /**
     * A button showing icon {@code name} (a style class {@code icon-NAME} in brigade.css), with
     * {@code description} as its tooltip and accessible text.
     */
    public static Button button(String name, String description) {
        Region glyph = new Region();
        glyph.getStyleClass().addAll("icon", "icon-" + name);
        Button button = new Button();
        button.setGraphic(glyph);
        button.getStyleClass().add("icon-button");
        button.setTooltip(new Tooltip(description));
        button.setAccessibleText(description);
        return button;
    }
}
