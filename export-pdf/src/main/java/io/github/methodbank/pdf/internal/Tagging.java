package io.github.methodbank.pdf.internal;

import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The tagged-PDF side of one document: the structure tree (Document, then one Sect per method
 * holding its {@link Structure}), marked-content ids per page, the parent tree that maps them (and
 * link annotations) back to their elements, and the catalog's /MarkInfo. Written with COS objects
 * directly, compactly: an element's content on its own page is a bare MCID, elsewhere a direct
 * marked-content reference. One instance per export call. Not API.
 */
final class Tagging {

    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName OBJR = COSName.getPDFName("OBJR");
    private static final COSName MARKED = COSName.getPDFName("Marked");
    private static final COSName TABS = COSName.getPDFName("Tabs");

    private final COSDictionary root = new COSDictionary();
    private final COSDictionary document = new COSDictionary();
    /** Parent-tree entries: key, value, key, value ... in increasing key order. */
    private final COSArray nums = new COSArray();
    private int nextKey;

    private COSDictionary page;
    private COSArray pageParents;
    private int nextMcid;

    Tagging() {
        root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
        document.setItem(COSName.S, COSName.getPDFName("Document"));
        document.setItem(COSName.P, root);
        root.setItem(COSName.K, document);
    }

    /** Starts a page: its marked content gets ids from 0 and an entry in the parent tree. */
    void startPage(PDPage p) {
        page = p.getCOSObject();
        pageParents = new COSArray();
        nextMcid = 0;
        int key = nextKey++;
        p.setStructParents(key);
        nums.add(COSInteger.get(key));
        nums.add(pageParents);
    }

    /** The role of an element, as a name for the marked-content operator. */
    static String role(Structure st, int tag) {
        return st.elements().get(tag).role();
    }

    /** A new marked-content id on the current page for content of an element. */
    int mcid(Structure st, int tag) {
        COSDictionary e = element(st, tag);
        int id = nextMcid++;
        pageParents.add(e);
        COSBase pg = e.getItem(COSName.PG);
        if (pg == null) {
            e.setItem(COSName.PG, page);
            kids(e).add(COSInteger.get(id));
        } else if (pg == page) {
            kids(e).add(COSInteger.get(id));
        } else {
            COSDictionary mcr = new COSDictionary();
            mcr.setDirect(true);
            mcr.setItem(COSName.TYPE, MCR);
            mcr.setItem(COSName.PG, page);
            mcr.setInt(COSName.MCID, id);
            kids(e).add(mcr);
        }
        return id;
    }

    /** Puts a link annotation of the current page under its Link element. */
    void annotation(Structure st, int tag, PDAnnotation a) {
        COSDictionary e = element(st, tag);
        int key = nextKey++;
        a.setStructParent(key);
        nums.add(COSInteger.get(key));
        nums.add(e);
        COSDictionary objr = new COSDictionary();
        objr.setDirect(true);
        objr.setItem(COSName.TYPE, OBJR);
        objr.setItem(COSName.PG, page);
        objr.setItem(COSName.OBJ, a.getCOSObject());
        kids(e).add(objr);
        page.setItem(TABS, COSName.S); // tab through annotations in structure order
    }

    private COSDictionary element(Structure st, int tag) {
        if (st.pdf == null) {
            List<Structure.Element> elements = st.elements();
            Object[] pdf = new Object[elements.size()];
            for (int i = 0; i < pdf.length; i++) {
                Structure.Element el = elements.get(i);
                COSDictionary d = new COSDictionary();
                d.setItem(COSName.S, COSName.getPDFName(el.role()));
                COSDictionary parent = el.parent() < 0 ? document : (COSDictionary) pdf[el.parent()];
                d.setItem(COSName.P, parent);
                if (el.alt() != null) {
                    d.setItem(COSName.ALT, new COSString(el.alt()));
                }
                kids(parent).add(d);
                pdf[i] = d;
            }
            st.pdf = pdf;
        }
        return (COSDictionary) st.pdf[tag];
    }

    private static COSArray kids(COSDictionary e) {
        COSBase k = e.getItem(COSName.K);
        if (k instanceof COSArray a) {
            return a;
        }
        COSArray a = new COSArray();
        e.setItem(COSName.K, a);
        return a;
    }

    /** Hangs the structure tree into the catalog and marks the document as tagged. */
    void finish(PDDocumentCatalog catalog) {
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.setItem(COSName.PARENT_TREE, parentTree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, nextKey);
        kids(document); // an empty deck still has a (childless) document element
        catalog.getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);
        COSDictionary markInfo = new COSDictionary();
        markInfo.setItem(MARKED, COSBoolean.TRUE);
        catalog.getCOSObject().setItem(COSName.MARK_INFO, markInfo);
    }
}
