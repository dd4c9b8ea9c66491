package vn.tochuc.election.documents;

import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;

/** Sheet sizes the printers of a party committee hold, portrait. */
public enum PaperSize {
    A4(PageSize.A4),
    A5(PageSize.A5);

    private final Rectangle rectangle;

    PaperSize(Rectangle rectangle) {
        this.rectangle = rectangle;
    }

    Rectangle rectangle() {
        return new Rectangle(rectangle);
    }
}
