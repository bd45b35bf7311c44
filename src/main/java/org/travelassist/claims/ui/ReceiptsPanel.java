package org.travelassist.claims.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.travelassist.claims.ClaimReceipts.Receipt;
import org.travelassist.claims.ClaimReceipts;
import org.travelassist.claims.InvalidClaimException;
import org.travelassist.shared.ui.FileUpload;

/**
 * The tickets and receipts on a claim: each with a link that opens it (served by the server under its own name, with
 * the sandboxing headers every file gets), and while the claim is a draft, a file chooser and "Remove" beside each.
 */
class ReceiptsPanel extends Div {

    static final String UPLOAD_ID = "receipt-upload";
    static final String HINT = "Optional: a photo or PDF of a parking ticket or a receipt for the journey. PDF, JPG or PNG files, "
            + "up to 10 MB each.";

    private final UnorderedList list = new UnorderedList();
    private final SerializableFunction<Receipt, ClaimReceipts.Content> open;
    private final @Nullable Consumer<Receipt> remove;
    private final @Nullable FileUpload upload;

    /** Hands a file to the service; refuses it with {@link InvalidClaimException}. */
    interface Attach extends Serializable {
        Receipt attach(String fileName, byte[] content);
    }

    /** Read-only: the family once the claim is sent, or an officer. */
    ReceiptsPanel(List<Receipt> receipts, SerializableFunction<Receipt, ClaimReceipts.Content> open) {
        this.open = open;
        this.remove = null;
        this.upload = null;
        setId("receipts");
        list.setId("receipt-list");
        add(new H2("Tickets and receipts"), list);
        receipts.forEach(this::show);
        if (receipts.isEmpty()) {
            list.setVisible(false);
            add(new Paragraph("No tickets or receipts were attached."));
        }
    }

    /**
     * While the claim is a draft: a file chooser whose files go to {@code attach} as they arrive (so the days ticked
     * stay as they are), {@code remove} beside each, and a refusal reported to {@code problem} with the chooser.
     */
    ReceiptsPanel(List<Receipt> receipts, SerializableFunction<Receipt, ClaimReceipts.Content> open, Attach attach,
            Consumer<Receipt> remove, BiConsumer<String, Component> problem, Runnable accepted) {
        this.open = open;
        this.remove = remove;
        setId("receipts");
        list.setId("receipt-list");
        FileUpload chooser = new FileUpload(UPLOAD_ID, HINT, (name, bytes) -> {
            try {
                show(attach.attach(name, bytes));
                accepted.run();
            } catch (InvalidClaimException refused) {
                problem.accept(refused.getMessage(), uploadField());
            }
        }, message -> problem.accept(message, uploadField()));
        this.upload = chooser;
        add(new H2("Tickets and receipts (optional)"), chooser, list);
        receipts.forEach(this::show);
    }

    private Component uploadField() {
        return upload == null ? this : upload.upload;
    }

    /** Adds a receipt the family has just attached. */
    void show(Receipt receipt) {
        list.setVisible(true);
        var link = new Anchor(DownloadHandler.fromInputStream(request -> {
            ClaimReceipts.Content content = open.apply(receipt);
            return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.fileName(), content.mediaType(),
                    content.bytes().length);
        }), "Open " + receipt.fileName());
        var item = new ListItem(link, new Span(" (" + receipt.size() + (receipt.scanned() ? "" : ", not scanned for viruses") + ") "));
        if (remove != null) {
            var button = new Button("Remove", click -> {
                remove.accept(receipt);
                list.remove(item);
            });
            button.addClassNames("ta-link-button", "ta-link-button--in-page");
            button.getElement().setAttribute("aria-label", "Remove " + receipt.fileName());
            item.add(button);
        }
        list.add(item);
    }
}
