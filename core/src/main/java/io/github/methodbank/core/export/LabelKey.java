package io.github.methodbank.core.export;

import java.util.Locale;

/**
 * The fixed texts exporters print around a bank's content: field and section names, table
 * headings, fill-in prompts. Each has one wording per language in {@link Labels}, so every format
 * calls a field the same.
 */
public enum LabelKey {
    /** The heading of a method's phase strips: "Path phases". */
    PATH_PHASES,
    /** "Where the method fits", for one method. */
    WHERE_IT_FITS,
    /** "Where the methods fit", for several. */
    WHERE_THEY_FIT,
    /** The mark beside a phase where a method fits, for text-only readers: "fits". */
    FITS,
    /** "Method". */
    METHOD,
    /** "Purpose". */
    PURPOSE,
    /** "Description". */
    DESCRIPTION,
    /** "How to use it". */
    HOW_TO_USE,
    /** "Who uses it": the method's typical users. */
    TYPICAL_USERS,
    /** "Skills needed". */
    REQUIRED_SKILLS,
    /** "Links". */
    LINKS,
    /** "Duration". */
    DURATION,
    /** "Group size". */
    GROUP_SIZE,
    /** The unit of minutes: "min". */
    MINUTES,
    /** The unit of a group size: "people". */
    PEOPLE,
    /** An open-ended range's upper bound: "up to {0}". */
    UP_TO,
    /** "Agenda": the method's steps. */
    AGENDA,
    /** "Materials". */
    MATERIALS,
    /** "Examples". */
    EXAMPLES,
    /** "Sources". */
    SOURCES,
    /** "Licence". */
    LICENSE,
    /** "Updated". */
    UPDATED,
    /** "Tags". */
    TAGS,
    /** "Workshop details". */
    WORKSHOP_DETAILS,
    /** "Date". */
    DATE,
    /** "Place". */
    PLACE,
    /** "Facilitator". */
    FACILITATOR,
    /** "Participants". */
    PARTICIPANTS,
    /** The prompt of a fill-in date. */
    ENTER_DATE,
    /** The prompt of a fill-in place. */
    ENTER_PLACE,
    /** The prompt of a fill-in facilitator. */
    ENTER_FACILITATOR,
    /** The prompt of fill-in participants. */
    ENTER_PARTICIPANTS,
    /** "Preparation". */
    PREPARATION,
    /** "Who to invite". */
    WHO_TO_INVITE,
    /** "Time": an agenda column. */
    TIME,
    /** "Activity": an agenda column. */
    ACTIVITY,
    /** "Who": an agenda column. */
    WHO,
    /** "Notes": an agenda column. */
    NOTES,
    /** "Opening": a default agenda row. */
    OPENING,
    /** "Reflection": a default agenda row. */
    REFLECTION,
    /** "Next steps". */
    NEXT_STEPS,
    /** "Working pages". */
    WORKING_PAGES,
    /** "Questions to discuss". */
    QUESTIONS_TO_DISCUSS,
    /** The prompt of a space for notes. */
    WRITE_HERE,
    /** "Action": a next-steps column. */
    ACTION,
    /** "Owner": a next-steps column. */
    OWNER,
    /** "Due date": a next-steps column. */
    DUE,
    /** "Page". */
    PAGE,
    /** "Search". */
    SEARCH,
    /** The label of a search field: "Search methods". */
    SEARCH_METHODS,
    /** The outcome of a search: "3 methods match “word”". */
    SEARCH_RESULTS,
    /** "Phases". */
    PHASES,
    /** Where a phase lies: "Phase 2 of 5 on the path Development". */
    PHASE_OF_PATH,
    /** "Previous phase". */
    PREVIOUS_PHASE,
    /** "Next phase". */
    NEXT_PHASE,
    /** "Downloads". */
    DOWNLOADS,
    /** A link to a method's card: "Printable card (PDF)". */
    PRINTABLE_CARD,
    /** A link to a method's workshop document: "Workshop document (Word)". */
    WORKSHOP_DOCUMENT,
    /** A link to the whole deck of cards. */
    ALL_CARDS,
    /** A link to one workshop document of every method. */
    ALL_WORKSHOP,
    /** "Language". */
    LANGUAGE,
    /** "All methods". */
    ALL_METHODS,
    /** A link past a page's header: "Skip to content". */
    SKIP_TO_CONTENT,
    /** The map of paths and their phases: "Path map". */
    PATH_MAP,
    /** "Front page". */
    FRONT_PAGE,
    /** "Path". */
    PATH,
    /** "Methods on no path". */
    ON_NO_PATH,
    /** What a phase or list without methods says. */
    NO_METHODS,
    /** A number of methods: "5 methods". */
    METHOD_COUNT,
    /** What a shortened list of a phase's methods links to: "12 more on the phase’s page". */
    MORE_METHODS,
    /** The name of a page's trail of links: "Breadcrumb". */
    BREADCRUMB,
    /** The name of a site's main links: "Main menu". */
    MAIN_MENU,
    /** The title of a tag's page: "Tag: workshop". */
    TAG,
    /** "Image". */
    IMAGE,
    /** The first built-in discussion question. */
    QUESTION_1,
    /** The second built-in discussion question. */
    QUESTION_2,
    /** The third built-in discussion question. */
    QUESTION_3,
    /** The fourth built-in discussion question. */
    QUESTION_4,
    /** The fifth built-in discussion question. */
    QUESTION_5,
    /** A workshop's programme with clock times (unlike {@link #AGENDA}, one method's steps): "Agenda". */
    WORKSHOP_AGENDA,
    /** Beside an agenda row whose length is not known: "time to be set". */
    TIME_NEEDED,
    /** Under an agenda with times counted from an untimed row: "Times with + count from the end of the row above them marked {0}." */
    RELATIVE_TIMES,
    /** A clock time on a later day of the workshop: "{0} (+{1} d)". */
    LATER_DAY;

    /** The key in the resource bundles: the constant's name in lower case with hyphens. */
    public String getKey() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
