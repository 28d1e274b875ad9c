package io.github.methodbank.pdf.internal.write;

import io.github.methodbank.pdf.internal.card.Structure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * link annotations) back to their elements, and the catalog's /MarkInfo.
 *
 * <p>While pages are painted, only numbers are recorded (which element each marked-content id of
 * each page belongs to); the PDF objects, tens of thousands for a large deck, are made in
 * {@link #finish} just before saving, so that they do not sit in memory through the whole export.
 * An element's content on its own page is a bare id, elsewhere a direct marked-content reference.
 * One instance per export call. Not API.
 */
public final class Tagging {

    private static final Map<String, COSName> ROLES = new ConcurrentHashMap<>();
    private static final COSName MCR = COSName.getPDFName("MCR");
    private static final COSName OBJR = COSName.getPDFName("OBJR");
    private static final COSName MARKED = COSName.getPDFName("Marked");
    private static final COSName TABS = COSName.getPDFName("Tabs");

    /** The methods' structures, in the order their content first appears. */
    private final List<Structure> structures = new ArrayList<>();
    private final List<PDPage> pages = new ArrayList<>();
    /** Per page: the structure and element of each marked-content id. */
    private final List<Structure[]> pageStructures = new ArrayList<>();
    private final List<int[]> pageTags = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private int nextKey;

    private Structure[] structureOf = new Structure[64];
    private int[] tagOf = new int[64];
    private int nextMcid;

    /** A link annotation and the element it belongs to. */
    private record Link(int page, int key, PDAnnotation annotation, Structure structure, int tag) {}

    /** What the writer records per structure: each element's content as (page, id) pairs. */
    private static final class Content {
        final int[][] pairs;
        final int[] sizes;
        final List<Link> links = new ArrayList<>(0);

        Content(int elements) {
            pairs = new int[elements][];
            sizes = new int[elements];
        }

        void add(int element, int page, int mcid) {
            int[] p = pairs[element];
            if (p == null) {
                p = new int[4];
                pairs[element] = p;
            } else if (sizes[element] + 2 > p.length) {
                p = Arrays.copyOf(p, p.length * 2);
                pairs[element] = p;
            }
            p[sizes[element]++] = page;
            p[sizes[element]++] = mcid;
        }
    }

    /** Starts a page: its marked content gets ids from 0 and an entry in the parent tree. */
    void startPage(PDPage p) {
        endPage();
        pages.add(p);
        nextMcid = 0;
        p.setStructParents(nextKey++);
    }

    private void endPage() {
        if (pages.size() > pageStructures.size()) {
            pageStructures.add(Arrays.copyOf(structureOf, nextMcid));
            pageTags.add(Arrays.copyOf(tagOf, nextMcid));
        }
    }

    /** The role of an element, as a name for the marked-content operator. */
    static String role(Structure st, int tag) {
        return st.elements().get(tag).role();
    }

    /** A new marked-content id on the current page for content of an element. */
    int mcid(Structure st, int tag) {
        if (st.pdf == null) {
            st.pdf = new Content(st.elements().size());
            structures.add(st);
        }
        int id = nextMcid++;
        if (id == structureOf.length) {
            structureOf = Arrays.copyOf(structureOf, id * 2);
            tagOf = Arrays.copyOf(tagOf, id * 2);
        }
        structureOf[id] = st;
        tagOf[id] = tag;
        ((Content) st.pdf).add(tag, pages.size() - 1, id);
        return id;
    }

    /** Puts a link annotation of the current page under its Link element. */
    void annotation(Structure st, int tag, PDAnnotation a) {
        if (st.pdf == null) {
            st.pdf = new Content(st.elements().size());
            structures.add(st);
        }
        int key = nextKey++;
        a.setStructParent(key);
        Link link = new Link(pages.size() - 1, key, a, st, tag);
        links.add(link);
        ((Content) st.pdf).links.add(link);
        pages.get(pages.size() - 1).getCOSObject().setItem(TABS, COSName.S); // tab in structure order
    }

    /** Makes the structure tree, hangs it into the catalog and marks the document as tagged. */
    void finish(PDDocumentCatalog catalog) {
        endPage();
        COSDictionary root = new COSDictionary();
        root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
        COSDictionary document = new COSDictionary();
        document.setItem(COSName.S, COSName.getPDFName("Document"));
        document.setItem(COSName.P, root);
        root.setItem(COSName.K, document);

        // the elements, each under its parent, then their content in painting order
        List<COSBase> sectionKids = new ArrayList<>(structures.size());
        for (Structure st : structures) {
            List<Structure.Element> elements = st.elements();
            COSDictionary[] dicts = new COSDictionary[elements.size()];
            List<List<COSBase>> kids = new ArrayList<>(dicts.length);
            for (int i = 0; i < dicts.length; i++) {
                Structure.Element el = elements.get(i);
                COSDictionary d = new SmallDictionary();
                d.setItem(COSName.S, ROLES.computeIfAbsent(el.role(), COSName::getPDFName));
                d.setItem(COSName.P, el.parent() < 0 ? document : dicts[el.parent()]);
                if (el.alt() != null) {
                    d.setItem(COSName.ALT, new COSString(el.alt()));
                }
                if (el.lang() != null) {
                    d.setItem(COSName.LANG, new COSString(el.lang())); // text in another language than the document's
                }
                kids.add(new ArrayList<>(2));
                (el.parent() < 0 ? sectionKids : kids.get(el.parent())).add(d);
                dicts[i] = d;
            }
            Content c = (Content) st.pdf;
            for (int i = 0; i < dicts.length; i++) {
                int[] pairs = c.pairs[i];
                for (int k = 0; k < c.sizes[i]; k += 2) {
                    COSDictionary page = pages.get(pairs[k]).getCOSObject();
                    int id = pairs[k + 1];
                    if (k == 0) {
                        dicts[i].setItem(COSName.PG, page);
                        kids.get(i).add(COSInteger.get(id));
                    } else if (pairs[k] == pairs[0]) {
                        kids.get(i).add(COSInteger.get(id));
                    } else {
                        COSDictionary mcr = new SmallDictionary();
                        mcr.setDirect(true);
                        mcr.setItem(COSName.TYPE, MCR);
                        mcr.setItem(COSName.PG, page);
                        mcr.setInt(COSName.MCID, id);
                        kids.get(i).add(mcr);
                    }
                }
            }
            for (Link l : c.links) {
                COSDictionary objr = new SmallDictionary();
                objr.setDirect(true);
                objr.setItem(COSName.TYPE, OBJR);
                objr.setItem(COSName.PG, pages.get(l.page()).getCOSObject());
                objr.setItem(COSName.OBJ, l.annotation().getCOSObject());
                kids.get(l.tag()).add(objr);
            }
            // a single kid stands alone, without an array around it
            for (int i = 0; i < dicts.length; i++) {
                List<COSBase> k = kids.get(i);
                dicts[i].setItem(COSName.K, k.size() == 1 ? k.get(0) : new COSArray(k));
            }
            st.pdf = dicts;
        }
        document.setItem(COSName.K, new COSArray(sectionKids));

        COSDictionary[] linkTargets = new COSDictionary[links.size()];
        for (int i = 0; i < links.size(); i++) {
            linkTargets[i] = ((COSDictionary[]) links.get(i).structure().pdf)[links.get(i).tag()];
        }

        // the parent tree: page keys and link keys, in increasing order
        COSArray nums = new COSArray();
        int link = 0;
        for (int p = 0; p < pages.size(); p++) {
            int key = pages.get(p).getStructParents();
            while (link < links.size() && links.get(link).key() < key) {
                nums.add(COSInteger.get(links.get(link).key()));
                nums.add(linkTargets[link++]);
            }
            Structure[] sts = pageStructures.get(p);
            int[] tags = pageTags.get(p);
            COSArray parents = new COSArray();
            for (int id = 0; id < sts.length; id++) {
                parents.add(((COSDictionary[]) sts[id].pdf)[tags[id]]);
            }
            nums.add(COSInteger.get(key));
            nums.add(parents);
        }
        while (link < links.size()) {
            nums.add(COSInteger.get(links.get(link).key()));
            nums.add(linkTargets[link++]);
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.setItem(COSName.PARENT_TREE, parentTree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, nextKey);
        catalog.getCOSObject().setItem(COSName.STRUCT_TREE_ROOT, root);
        COSDictionary markInfo = new COSDictionary();
        markInfo.setItem(MARKED, COSBoolean.TRUE);
        catalog.getCOSObject().setItem(COSName.MARK_INFO, markInfo);
        // what was recorded while painting is in the PDF objects now; for a large deck it is tens of MB
        for (Structure st : structures) {
            st.pdf = null;
        }
        structures.clear();
        pages.clear();
        pageStructures.clear();
        pageTags.clear();
        links.clear();
    }
}
