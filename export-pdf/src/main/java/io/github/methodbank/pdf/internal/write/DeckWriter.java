package io.github.methodbank.pdf.internal.write;

import io.github.methodbank.core.Method;
import io.github.methodbank.core.export.ExportException;
import io.github.methodbank.core.export.ExportJob;
import io.github.methodbank.core.export.MethodImage;
import io.github.methodbank.pdf.internal.Spec;
import io.github.methodbank.pdf.internal.card.CardComposer;
import io.github.methodbank.pdf.internal.card.Face;
import io.github.methodbank.pdf.internal.card.Structure;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * Writes one PDF: creates the document, places the composed card faces on pages (one face per
 * page, or N-up sheets with mirrored backs), adds bookmarks, metadata and the PDF/A parts, and saves
 * it deterministically. One instance per export call. Not API.
 */
public final class DeckWriter {

    /** The producer written into the metadata. */
    public static final String PRODUCER = "methodbank PdfCardExporter";

    private final Spec spec;
    private final PDDocument doc;
    /** One resource dictionary for every card page: the fonts and images. */
    private final PDResources resources = new PDResources();
    private final DocFonts fonts;
    private final PageContent content = new PageContent();
    /** The compressed page content, made with the first page. */
    private ContentStore store;
    private final Canvas canvas;
    /** The structure tree, or null for an untagged document (the calibration sheet). */
    private final Tagging tagging;
    private PDPage page;
    private List<PDAnnotation> annotations = new ArrayList<>();
    private PDImageXObject logo;
    /** Method images by path, each read and embedded once per document. */
    private final Map<String, PDImageXObject> pictures = new HashMap<>();
    private ExportJob job;
    private final float cardWidth;
    private final float cardHeight;
    private final float bleed;

    private DeckWriter(Spec spec, boolean tagged) {
        this.spec = spec;
        // page content has a store of its own (see ContentStore); the other streams (images of up
        // to 25 MB each, fonts, metadata) go to a scratch file beyond 64 MB, deleted on close
        this.doc = new PDDocument(MemoryUsageSetting.setupMixed(64L * 1024 * 1024).streamCache);
        this.cardWidth = (float) (spec.cardWidthMm() * SheetGeometry.MM);
        this.cardHeight = (float) (spec.cardHeightMm() * SheetGeometry.MM);
        this.bleed = (float) (spec.bleedMm() * SheetGeometry.MM);
        this.fonts = new DocFonts(spec, doc, resources);
        this.tagging = tagged ? new Tagging() : null;
        this.canvas = new Canvas(content, fonts, images, tagging, this::link);
    }

    /**
     * Exports the job's methods as cards to {@code out}, which is flushed, not closed.
     *
     * @throws ExportException for a method that cannot be laid out or when writing fails
     */
    public static void write(ExportJob job, Spec spec, OutputStream out) throws ExportException {
        DeckWriter w = new DeckWriter(spec, spec.tagged());
        try (Closeable released = w::release; PDDocument d = w.doc) {
            w.writeDeck(job, out);
        } catch (IOException e) {
            throw new ExportException("cannot write the PDF cards: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a calibration sheet (a front and a back page) for the spec's sheet and duplex settings.
     *
     * @throws ExportException when writing fails
     */
    public static void writeCalibration(Spec spec, Instant timestamp, OutputStream out) throws ExportException {
        DeckWriter w = new DeckWriter(spec, spec.tagged());
        try (Closeable released = w::release; PDDocument d = w.doc) {
            SheetGeometry g = spec.calibrationGeometry();
            for (Face f : CalibrationSheet.faces(g, spec)) {
                PDPage p = w.blankSheet(g);
                w.startPage(p);
                w.canvas.origin(0, 0);
                w.canvas.paint(f);
                w.setContent(p);
            }
            w.fonts.subset();
            w.finish("Duplex calibration sheet", "en", "methodbank", timestamp, List.of(), out,
                    "calibration|" + spec.fingerprint());
        } catch (IOException e) {
            throw new ExportException("cannot write the calibration sheet: " + e.getMessage(), e);
        }
    }

    /** Frees the deflater and deletes the scratch file of the page content; after the document is closed. */
    private void release() throws IOException {
        content.close();
        if (store != null) {
            store.close();
        }
    }

    private void writeDeck(ExportJob job, OutputStream out) throws IOException, ExportException {
        float aspect = 0;
        if (spec.logo() != null) {
            MethodImage.check(spec.logo(), "the logo");
            logo = PDImageXObject.createFromByteArray(doc, spec.logo(), "logo");
            aspect = (float) logo.getWidth() / logo.getHeight();
        }
        this.job = job;
        CardComposer composer = new CardComposer(job, spec, aspect, path -> {
            PDImageXObject img = picture(path);
            return (float) img.getWidth() / img.getHeight();
        });
        List<Method> methods = job.getMethods();
        List<Bookmark> bookmarks = new ArrayList<>();
        SheetGeometry g = spec.sheet() ? spec.geometry() : null;
        List<Face.Card> pending = new ArrayList<>();
        int total = methods.size();
        for (int i = 0; i < total; i++) {
            Method m = methods.get(i);
            List<Face.Card> cards = composer.compose(m);
            String title = job.text(m.getName());
            if (g == null) {
                PDPage first = null;
                for (Face.Card c : cards) {
                    PDPage p = singlePage(c.front());
                    if (first == null) {
                        first = p;
                    }
                    singlePage(c.back());
                }
                bookmarks.add(new Bookmark(title, first, -1));
            } else {
                bookmarks.add(new Bookmark(title, null, pending.size() + sheetsWritten * g.cardsPerSheet()));
                for (Face.Card c : cards) {
                    pending.add(c);
                    if (pending.size() == g.cardsPerSheet()) {
                        sheet(g, pending);
                        pending.clear();
                    }
                }
            }
            job.getListener().progress(i + 1, total);
        }
        if (g != null && !pending.isEmpty()) {
            sheet(g, pending);
        }
        if (doc.getNumberOfPages() == 0) {
            // an empty selection still gives a valid PDF: one blank card face
            PDPage p = g == null ? singlePage(new Face(List.of(), new Structure())) : blankSheet(g);
            p.getCOSObject();
        }
        if (g != null) {
            // a method's bookmark opens the front sheet of its first card
            bookmarks.replaceAll(b -> new Bookmark(b.title(), doc.getPage((b.card() / g.cardsPerSheet()) * 2), b.card()));
        }
        fonts.subset();
        String title = job.getBank().displayTitle(job.getLanguage());
        StringBuilder basis = new StringBuilder(spec.fingerprint()).append('|').append(job.getLanguage());
        // the methods' content hashes (value-based, stable across runs) stand for their text
        for (Method m : methods) {
            basis.append('|').append(m.getId()).append(':').append(Integer.toHexString(m.hashCode()));
        }
        basis.append('|').append(job.getBank().getTitle()).append('|').append(job.getBank().getPaths());
        finish(title, job.getLanguage(), title, job.getEffectiveTimestamp(), bookmarks, out, basis.toString());
    }

    private int sheetsWritten;

    /**
     * A method's bookmark: its name and the page of its first card (on sheets found from the card's
     * place in the deck once the sheets are written).
     */
    private record Bookmark(String title, PDPage page, int card) {}

    private PDImageXObject picture(String path) throws IOException {
        PDImageXObject img = pictures.get(path);
        if (img == null) {
            // the image gate of every format: read through the bank's resources, checked and decoded once
            byte[] bytes = MethodImage.read(job.getBank(), path).getBytes();
            img = PDImageXObject.createFromByteArray(doc, bytes, path);
            pictures.put(path, img);
        }
        return img;
    }

    // ---------------------------------------------------------------- pages

    /** The boxes of card pages and of sheets, one array each, shared by every page that has them. */
    private PDRectangle cardMedia;
    private PDRectangle cardBleed;
    private PDRectangle cardTrim;
    private PDRectangle sheetMedia;

    private PDPage singlePage(Face face) throws IOException {
        if (cardMedia == null) {
            cardMedia = new PDRectangle(cardWidth + 2 * bleed, cardHeight + 2 * bleed);
            cardBleed = new PDRectangle(0, 0, cardMedia.getWidth(), cardMedia.getHeight());
            cardTrim = new PDRectangle(bleed, bleed, cardWidth, cardHeight);
        }
        PDPage p = new PDPage(cardMedia);
        p.setBleedBox(cardBleed);
        p.setTrimBox(cardTrim);
        doc.addPage(p);
        startPage(p);
        content.num(1).num(0).num(0).num(1).num(bleed).num(bleed).op("cm");
        canvas.origin(bleed, bleed);
        canvas.paint(face);
        setContent(p);
        return p;
    }

    private void startPage(PDPage p) {
        page = p;
        content.reset();
        canvas.forget();
        if (tagging != null) {
            tagging.startPage(p);
        }
    }

    /** Gives the page the content written so far, the shared resources and its links. */
    private void setContent(PDPage p) throws IOException {
        canvas.finishMarks();
        if (store == null) {
            store = new ContentStore();
        }
        ContentStore.Part part = store.part();
        content.writeCompressedTo(part);
        p.setContents(new PDStream(part.stream()));
        p.setResources(resources);
        if (!annotations.isEmpty()) {
            p.setAnnotations(annotations);
            annotations = new ArrayList<>();
        }
    }

    /**
     * A link annotation that opens a URI over an area of the current page: printable (as PDF/A
     * asks), without a border, its URI as its text, under its Link element in the structure.
     */
    private void link(float x, float y, float w, float h, String uri, Structure st, int tag) {
        PDAnnotationLink a = new PDAnnotationLink();
        a.setRectangle(new PDRectangle(x, y, w, h));
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        action.getCOSObject().setDirect(true); // written inside the annotation, not as an object of its own
        a.setAction(action);
        a.setPrinted(true);
        a.getCOSObject().setItem(COSName.BORDER, new COSArray(List.of(COSInteger.ZERO, COSInteger.ZERO,
                COSInteger.ZERO)));
        a.setContents(uri);
        a.setPage(page);
        if (tag != Structure.ARTIFACT && tagging != null) {
            tagging.annotation(st, tag, a);
        }
        annotations.add(a);
    }

    private PDPage blankSheet(SheetGeometry g) {
        if (sheetMedia == null) {
            sheetMedia = new PDRectangle((float) g.pageWidth(), (float) g.pageHeight());
        }
        PDPage page = new PDPage(sheetMedia);
        doc.addPage(page);
        return page;
    }

    private void sheet(SheetGeometry g, List<Face.Card> cards) throws IOException {
        PDPage front = blankSheet(g);
        startPage(front);
        for (int i = 0; i < cards.size(); i++) {
            placed(g.front(i), cards.get(i).front());
        }
        cropMarks(g.cropMarks());
        setContent(front);
        PDPage back = blankSheet(g);
        startPage(back);
        for (int i = 0; i < cards.size(); i++) {
            placed(g.back(i), cards.get(i).back());
        }
        setContent(back);
        sheetsWritten++;
    }

    private void placed(SheetGeometry.Rect trim, Face face) throws IOException {
        canvas.finishMarks();
        content.op("q").num(1).num(0).num(0).num(1).num((float) trim.x()).num((float) trim.y()).op("cm");
        content.num(-bleed).num(-bleed).num(cardWidth + 2 * bleed).num(cardHeight + 2 * bleed).op("re W n");
        canvas.forget();
        canvas.origin((float) trim.x(), (float) trim.y());
        canvas.paint(face);
        content.op("Q");
        canvas.forget();
    }

    private void cropMarks(List<SheetGeometry.Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        canvas.artifact();
        canvas.stroke(0x000000);
        canvas.width(0.3f);
        for (SheetGeometry.Mark m : marks) {
            content.num((float) m.x1()).num((float) m.y1()).op("m");
            content.num((float) m.x2()).num((float) m.y2()).op("l");
        }
        content.op("S");
        canvas.finishMarks();
    }

    private String logoName;
    private final Map<String, String> pictureNames = new HashMap<>();

    /** Resource names of the logo and the method images, each added to the shared resources once. */
    private final Canvas.Images images = new Canvas.Images() {
        @Override
        public String logo() {
            if (logoName == null) {
                logoName = resources.add(logo).getName();
            }
            return logoName;
        }

        @Override
        public String picture(String path) throws IOException {
            String name = pictureNames.get(path);
            if (name == null) {
                name = resources.add(DeckWriter.this.picture(path)).getName();
                pictureNames.put(path, name);
            }
            return name;
        }
    };

    // ---------------------------------------------------------------- metadata and saving

    private void finish(String title, String language, String author, Instant timestamp, List<Bookmark> bookmarks,
            OutputStream out, String content) throws IOException {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        catalog.setLanguage(language);
        if (tagging != null) {
            tagging.finish(catalog);
        }
        PDViewerPreferences viewer = new PDViewerPreferences(new COSDictionary());
        viewer.setDisplayDocTitle(true);
        catalog.setViewerPreferences(viewer);
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        when.setTimeInMillis(timestamp.toEpochMilli() / 1000 * 1000);

        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(when);
        info.setModificationDate(when);

        if (!bookmarks.isEmpty()) {
            // attached before its items: PDFBox walks everything newly linked to the document
            // recursively, and a chain of thousands of items (/Next) would overflow the stack
            PDDocumentOutline outline = new PDDocumentOutline();
            catalog.setDocumentOutline(outline);
            for (Bookmark b : bookmarks) {
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle(b.title());
                PDPageFitDestination dest = new PDPageFitDestination();
                dest.setPage(b.page());
                item.setDestination(dest);
                outline.addLast(item);
            }
        }

        byte[] xmp = Xmp.packet(title, author, language, PRODUCER, when.toInstant(),
                spec.pdfA() ? (tagging != null ? "A" : "U") : null, tagging != null);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp);
        catalog.setMetadata(metadata);

        if (spec.pdfA()) {
            byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
        }

        byte[] id = documentId(content + "|" + timestamp.getEpochSecond());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);

        OutputStream shield = new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
        doc.save(shield);
        out.flush();
    }

    private byte[] documentId(String content) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            String basis = spec.documentId() != null ? "fixed|" + spec.documentId() : content;
            byte[] d = md.digest(basis.getBytes(StandardCharsets.UTF_8));
            byte[] id = new byte[16];
            System.arraycopy(d, 0, id, 0, 16);
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
