package org.cronomapa.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cronomapa.labels.Texts;
import org.cronomapa.model.Source;

/**
 * An event's sources in the details panel: each as selectable text with its address, a link
 * only when {@link LinkRule} allows it (else plain text). A link the system cannot open says so
 * here and offers to copy it; "Copy citation" puts every source, citable, on the clipboard.
 */
final class SourceList extends VBox {
    private final Texts texts;
    private final Consumer<String> openLink;
    private final Label status = new Label();

    SourceList(Texts texts, Consumer<String> openLink, List<Source> sources) {
        super(4);
        this.texts = texts;
        this.openLink = openLink;
        getStyleClass().add("source-list");
        status.setId("citation-status");
        status.setWrapText(true);
        for (Source s : sources) {
            getChildren().add(new SelectableText(Citation.line(withoutUrl(s))));
            getChildren().add(address(s.url()));
        }
        Button copy = new Button(texts.get("details.copyCitation"));
        copy.setId("copy-citation");
        copy.setOnAction(e -> {
            copy(Citation.of(sources));
            status.setText(texts.get("details.citationCopied"));
        });
        HBox actions = new HBox(8, copy, status);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().add(actions);
    }

    private static Source withoutUrl(Source s) {
        return new Source(s.publisher(), s.title(), s.date(), null, s.credit());
    }

    private javafx.scene.Node address(String url) {
        if (url == null || url.isBlank()) {
            return new VBox();
        }
        if (!LinkRule.opens(url)) {
            SelectableText plain = new SelectableText(url);
            plain.getStyleClass().add("source-plain-url");
            return plain;
        }
        Hyperlink link = new Hyperlink(url);
        link.getStyleClass().add("source-link");
        link.setWrapText(true);
        VBox box = new VBox(2, link);
        link.setOnAction(a -> open(url, box));
        return box;
    }

    /** Opens the link; when that fails (no browser, no host services) the reason stays in the window, not the console. */
    private void open(String url, VBox box) {
        box.getChildren().removeIf(n -> n.getStyleClass().contains("link-failed-box"));
        try {
            openLink.accept(url);
        } catch (RuntimeException e) {
            Label why = new Label(texts.get("details.linkFailed"));
            why.setWrapText(true);
            why.getStyleClass().add("link-failed");
            Button copy = new Button(texts.get("details.copyLink"));
            copy.getStyleClass().add("copy-link");
            copy.setOnAction(a -> {
                copy(url);
                why.setText(texts.get("details.linkCopied"));
            });
            VBox failed = new VBox(4, why, copy);
            failed.getStyleClass().add("link-failed-box");
            box.getChildren().add(failed);
        }
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    }
}
