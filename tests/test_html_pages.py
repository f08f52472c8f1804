"""HTML pages: what a page says about itself (title, date, site, address, author, lead, place) is
kept, by the markup vocabularies real sites use, and a well-read page prints nothing."""
import pytest

from multipolar.build import build_corpus
from multipolar.html import read_html

CHROME = """<header><nav><a href="/">Home</a> | <a href="/news">News</a></nav></header>
<aside><h3>Most read</h3><ul><li><a href="/a">Another story about trade</a></li></ul></aside>"""
FOOTER = "<footer><p>Copyright 2024. All rights reserved.</p><ul><li>About</li><li>Contact</li></ul></footer>"
BODY = ("<p>Chinese President Xi Jinping held talks with Brazilian President Luiz Inácio Lula da Silva, "
        "and the two sides signed agreements on trade, agriculture and science.</p>"
        "<p>The two leaders agreed to deepen cooperation within BRICS and the G20 in the coming years.</p>")


def write_pages(tmp_path, pages: dict[str, str]):
    """A raw folder holding the given pages (file name -> text, UTF-8), as a user fills data/raw."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in pages.items():
        (raw / name).write_text(text, encoding="utf-8")
    return raw


def page(head: str, article: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{CHROME}{article}{FOOTER}</body></html>"


def test_open_graph_and_article_published_time():
    p = read_html(page('<title>Xi holds talks with Lula | Example News</title>'
                       '<meta property="og:title" content="Xi holds talks with Lula">'
                       '<meta property="og:site_name" content="Example News">'
                       '<meta property="og:url" content="https://example.org/2023/04/14/xi-lula">'
                       '<meta property="article:published_time" content="2023-04-14T21:05:00+08:00">',
                       f"<article><h1>Xi holds talks with Lula</h1>{BODY}</article>"))
    assert (p.meta["title"], p.meta["published"], p.meta["site"], p.meta["url"]) == \
        ("Xi holds talks with Lula", "2023-04-14", "Example News", "https://example.org/2023/04/14/xi-lula")
    assert p.text.splitlines()[0] == "Xi holds talks with Lula" and "Most read" not in p.text and "Copyright" not in p.text


def test_json_ld_date_and_author_inside_a_graph():
    ld = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Example"}, '
          '{"@type": "NewsArticle", "headline": "Xi holds talks with Lula", "datePublished": "2023-04-14T10:00:00Z", '
          '"dateModified": "2023-04-20T10:00:00Z", "author": [{"@type": "Person", "name": "Jane Roe"}, '
          '{"@type": "Person", "name": "Li Wei"}]}]}')
    p = read_html(page(f'<title>Xi holds talks with Lula</title><script type="application/ld+json">{ld}</script>',
                       f"<article><h1>Xi holds talks with Lula</h1>{BODY}</article>"))
    assert (p.meta["published"], p.meta["author"]) == ("2023-04-14", "Jane Roe; Li Wei")


def test_first_time_stamp_of_the_article_not_the_last_update():
    p = read_html(page("<title>Vladimir Putin will meet with President of China</title>",
                       '<article><h1>Vladimir Putin will meet with President of China</h1>'
                       f'<p>Publication date: <time datetime="2013-03-18">March 18, 2013</time></p>{BODY}</article>'
                       '<div class="updated">Last updated at <time datetime="2015-03-20">March 20, 2015</time></div>'))
    assert p.meta["published"] == "2013-03-18"


def test_articles_of_a_related_box_are_not_the_article():
    related = "".join(f'<article><h3><a href="/2023/08/{d}/item">Another headline {d}</a></h3></article>' for d in (10, 11, 12))
    p = read_html(page("<title>Xi holds talks with Lula</title>",
                       f'<div class="post"><h1>Xi holds talks with Lula</h1><div class="content">{BODY}</div>'
                       f'<div class="related-posts"><h3>Related posts</h3>{related}</div></div>'))
    assert "signed agreements on trade" in p.text and "Another headline" not in p.text
    related = "".join(f'<article><h3><a href="/2023/08/{d}/item">Another headline {d}</a></h3><p>Teaser {d}.</p></article>'
                      for d in (10, 11, 12))  # (a teaser paragraph in each: still no article of the page's)
    p = read_html(page("<title>Xi holds talks with Lula</title>",
                       f'<div class="post"><h1>Xi holds talks with Lula</h1><div class="content">{BODY}</div>'
                       f'<div class="related-posts"><h3>Related posts</h3>{related}</div></div>'))
    assert "signed agreements on trade" in p.text


def test_lead_place_line_and_microformats():
    p = read_html(page("<title>Russian-Chinese talks</title>",
                       '<article class="h-entry"><h1 class="p-name">Russian-Chinese talks</h1>'
                       '<div class="p-summary"><p>Vladimir Putin met at the Kremlin with President of China Xi Jinping.</p></div>'
                       '<time class="dt-published" datetime="2013-03-22">March 22, 2013</time>'
                       '<div class="p-location">The Kremlin, Moscow</div>'
                       f'<div class="e-content">{BODY}</div></article>'))
    assert p.meta["place"] == "The Kremlin, Moscow" and p.meta["published"] == "2013-03-22"
    assert p.text.split("\n\n")[1] == "Vladimir Putin met at the Kremlin with President of China Xi Jinping."


def test_addresses_as_pages_state_them():
    article = f"<article><h1>Talks</h1>{BODY}</article>"
    rewritten = read_html(page('<link rel="canonical" href="17548.html">'
                               '<meta property="og:url" content="http://en.kremlin.ru/events/president/news/17548">', article))
    assert rewritten.meta["url"] == "http://en.kremlin.ru/events/president/news/17548"
    rooted = read_html(page('<link rel="canonical" href="/en/news/1836925/">'
                            '<meta property="og:url" content="https://mid.ru/en/news/">', article))
    assert rooted.meta["url"] == "https://mid.ru/en/news/1836925/"
    saved = read_html("<!-- saved from url=(0045)https://www.fmprc.gov.cn/mfa_eng/t1683520.shtml -->\n" + page("", article))
    assert saved.meta["url"] == "https://www.fmprc.gov.cn/mfa_eng/t1683520.shtml" and saved.meta["hostname"] == "fmprc.gov.cn"
    query = read_html(page('<link rel="canonical" href="https://www.mea.gov.in/bilateral-documents.htm?dtl/40012/PM">',
                           article))
    assert query.meta["url"] == "https://www.mea.gov.in/bilateral-documents.htm?dtl/40012/PM"


def test_headline_is_the_h1_that_the_title_agrees_with():
    p = read_html(page("<title>Prime Minister's meeting with President Xi Jinping</title>",
                       '<div><h2>Bilateral/Multilateral Documents</h2><h1>Prime Minister\'s meeting with President Xi '
                       f'Jinping</h1>{BODY}</div>'))
    assert p.meta["title"] == "Prime Minister's meeting with President Xi Jinping"


def test_the_sites_name_in_an_h1_of_its_own_is_no_headline():
    head = ("<title>PM Manele returns home after official visit to China &#8211; Solomon Islands Government</title>"
            '<meta property="og:title" content="PM Manele returns home after official visit to China">'
            '<meta property="og:site_name" content="Solomon Islands Government">')
    p = read_html(page(head, '<h1 class="site-title"><a href="/">Solomon Islands Government</a></h1>'
                             f'<div><h1>PM Manele returns home after official visit to China</h1>{BODY}</div>'))
    assert p.meta["title"] == "PM Manele returns home after official visit to China"
    # og:title worded otherwise than the h1: the site's name is still no headline, the h1 the <title> holds is
    head = head.replace('content="PM Manele returns home after official visit to China"', 'content="PM Manele is back"')
    p = read_html(page(head, '<h1 class="site-title"><a href="/">Solomon Islands Government</a></h1>'
                             f'<div><h1>PM Manele returns home after official visit to China</h1>{BODY}</div>'))
    assert p.meta["title"] == "PM Manele returns home after official visit to China"


@pytest.mark.parametrize("headline", ["Russian-Malian talks", "Meeting with President of Gabon Ali Bongo Ondimba"])
def test_the_articles_own_h1_beats_a_head_title_left_from_another_page(headline):
    """A page saved from a template whose <title> and og:title still name another item: the reader sees the
    article's h1, and its encounter is the one the title states."""
    stale = "President spoke by telephone with the Chinese President on the initiative of the Russian party"
    head = f'<title>{stale} • Site</title><meta property="og:title" content="{stale}">'
    p = read_html(page(head, f'<article><h1 class="entry-title">{headline}</h1>{BODY}</article>'))
    assert p.meta["title"] == headline
    # without an article element the h1 is not known to be the article's: the <title> still decides
    p = read_html(page(head, f'<div><h1>{headline}</h1>{BODY}</div>'))
    assert p.meta["title"] == stale
    # a banner's or a section's h1 beside an og:title the article shows is no headline
    head = '<title>Xi holds talks with Lula</title><meta property="og:title" content="Xi holds talks with Lula">'
    for article in (f'<h1>Ministry of Foreign Affairs</h1><article><h2>Xi holds talks with Lula</h2>{BODY}</article>',
                    f'<article><h1>Press Releases</h1><h2>Xi holds talks with Lula</h2>{BODY}</article>'):
        assert read_html(page(head, article)).meta["title"] == "Xi holds talks with Lula"


@pytest.mark.parametrize("title", ["Chinese vice president meets Algerian FM-Xinhua",
                                   "Wire - Northern News Agency - Chinese vice president meets Algerian FM",
                                   "Northern News Agency"])
def test_without_an_h1_the_headline_is_the_element_classed_as_one(title):
    p = read_html(page(f"<title>{title}</title>",
                       f'<div class="NewsTitle">Chinese vice president meets Algerian FM</div><div class="item">{BODY}</div>'))
    assert p.meta["title"] == "Chinese vice president meets Algerian FM"


@pytest.mark.parametrize("byline, name", [("Writer: Zhang Lin", "Zhang Lin"), ("By Jane Roe", "Jane Roe")])
def test_author_without_its_label(byline, name):
    p = read_html(page(f'<title>Talks</title><meta name="author" content="{byline}">',
                       f"<article><h1>Talks</h1>{BODY}</article>"))
    assert p.meta["author"] == name


def test_known_site_by_domain_gives_its_name_and_its_side(tmp_path):
    raw = write_pages(tmp_path, {
        "call.html": page(
            '<title>Telephone conversation with President of Egypt Abdel Fattah el-Sisi</title>'
            '<meta property="og:url" content="http://en.kremlin.ru/events/president/news/61000">',
            '<article><h1>Telephone conversation with President of Egypt Abdel Fattah el-Sisi</h1>'
            '<time datetime="2019-07-30">July 30, 2019</time><p>The two presidents discussed the situation in Libya '
            'and the progress of joint projects in trade, energy and transport.</p></article>')})
    corpus = build_corpus(raw)
    assert corpus.messages == []
    [a] = corpus.articles.to_dict("records")
    assert (a["site"], a["published"], a["url"]) == ("President of Russia", "2019-07-30",
                                                     "http://en.kremlin.ru/events/president/news/61000")
    [e] = corpus.events.to_dict("records")
    assert (e["type"], e["country_a"], e["country_b"], e["start"], e["date_method"]) == \
        ("phone_call", "EGY", "RUS", "2019-07-30", "publication date")


def test_text_copy_of_a_page_states_date_place_and_address(tmp_path):
    raw = write_pages(tmp_path, {
        "copy.txt": "Meeting with Chinese Foreign Minister Wang Yi\n\nFebruary 22, 2023, 16:30\n\nThe Kremlin, Moscow\n\n"
            "Vladimir Putin met with Chinese Foreign Minister Wang Yi, who is in Russia on a working visit.\n\n"
            "Publication date: February 22, 2023, 16:30\nDirect link: http://en.kremlin.ru/d/70565\n"})
    [a] = build_corpus(raw).articles.to_dict("records")
    assert (a["published"], a["place"], a["url"], a["site"]) == \
        ("2023-02-22", "The Kremlin, Moscow", "http://en.kremlin.ru/d/70565", "President of Russia")
    assert "16:30" not in a["text"] and "Direct link" not in a["text"]


def test_wire_dateline_place_and_agency(tmp_path):
    raw = write_pages(tmp_path, {
        "tass.txt": "Putin, Modi discuss ties by phone\n\n16 DEC 2022, 18:42\n\nMOSCOW, December 16. /TASS/. Russian President "
            "Vladimir Putin and Indian Prime Minister Narendra Modi discussed energy cooperation in a telephone "
            "conversation on Friday.\n"})
    corpus = build_corpus(raw)
    [a] = corpus.articles.to_dict("records")
    assert (a["published"], a["place"], a["site"]) == ("2022-12-16", "MOSCOW", "TASS")
    [e] = corpus.events.to_dict("records")
    assert (e["type"], e["country_a"], e["country_b"], e["start"], e["host"]) == ("phone_call", "IND", "RUS", "2022-12-16", "")


def test_date_from_the_address_site_from_the_title_and_json_ld_address():
    article = f"<article><h1>Xi speaks with Sisi over phone</h1>{BODY}</article>"
    p = read_html("<!-- saved from url=(0053)http://en.people.cn/n3/2024/0315/c90000-20145678.html -->\n"
                  + page("<title>Xi speaks with Sisi over phone - People's Daily Online</title>", article))
    assert (p.meta["published"], p.meta["site"]) == ("2024-03-15", "People's Daily Online")
    ld = '{"@type": "NewsArticle", "mainEntityOfPage": {"@id": "https://www.globaltimes.cn/page/202401/1305221.shtml"}}'
    p = read_html(page(f'<link rel="canonical" href="/page/202401/1305221.shtml"><script type="application/ld+json">{ld}</script>',
                       article))
    assert p.meta["url"] == "https://www.globaltimes.cn/page/202401/1305221.shtml"


def test_a_date_shown_alone_in_the_article():
    p = read_html(page("<title>Japan-China Foreign Ministers' Meeting</title>",
                       f"<div><h1>Japan-China Foreign Ministers' Meeting</h1><div class=\"rightalign\">July 10, 2025</div>{BODY}</div>"))
    assert p.meta["published"] == "2025-07-10"


def test_text_copy_with_masthead_byline_and_dated_title(tmp_path):
    raw = write_pages(tmp_path, {
        "copy.txt": "President of Russia\nInterview to Al Ekhbariya TV channel\n5 December 2023\n\n"
            "Ahead of his visits, Vladimir Putin answered questions.\n",
        "mfa.txt": "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on May 31, 2023\n\n"
            "Writer: Jordan Ellis\n\nMao Ning: The President will pay a state visit to China.\n"})
    arts = build_corpus(raw).articles.set_index("source_file")
    assert arts.loc["copy.txt", "title"] == "Interview to Al Ekhbariya TV channel"
    assert (arts.loc["mfa.txt", "published"], arts.loc["mfa.txt", "author"]) == ("2023-05-31", "Jordan Ellis")


def test_a_date_element_with_a_time_under_the_headline_is_the_publication_date():
    from lxml import html as lxml_html

    from multipolar.html import date_element

    tree = lxml_html.fromstring("<article><h1>Leaders hold talks</h1><div>1 April 2023, 06:52 PM</div>"
                                "<p>The two leaders held talks on Friday.</p></article>")
    assert date_element(tree) == "2023-04-01"


def test_a_labelled_publication_date_beats_the_dates_of_related_links():
    from lxml import html as lxml_html

    from multipolar.html import labelled_date

    tree = lxml_html.fromstring("<html><body><h1>Water plan progress</h1><dl><dt>Publication date</dt><dd>14 January 2026</dd>"
                                "</dl><p>The president reported progress.</p><ul><li><a href='x'>Call with Canada</a> "
                                "<small>12 January 2026</small></li></ul></body></html>")
    assert labelled_date(tree) == "2026-01-14"
    assert labelled_date(lxml_html.fromstring("<div><p>Published: 3 March 2021</p></div>")) == "2021-03-03"
    assert labelled_date(lxml_html.fromstring("<div><p>12 January 2026</p></div>")) == ""
    # a label in capitals, the time after the date and the office that posted it
    assert labelled_date(lxml_html.fromstring("<div><div>Posted On: 22 AUG 2024 6:05PM by PIB Delhi</div></div>")) == "2024-08-22"
    assert labelled_date(lxml_html.fromstring("<div><p>Release Date: March 5, 2024</p></div>")) == "2024-03-05"


def test_machine_dates_in_basic_iso_form_and_written_dates_of_other_languages():
    from multipolar.html import iso_date

    assert iso_date("20220804T0935+0000") == "2022-08-04"  # ISO 8601 basic form, as some sites write article:published_time
    assert iso_date("2013-02-20T19:20:00+04:00") == "2013-02-20"
    assert iso_date("20221304T0935") == ""  # no month 13: not a date
    assert iso_date("20220245T0935+0000") == ""  # nor a day 45
    assert [iso_date(s) for s in ("11 de marzo de 2024", "4 juillet 2023", "12 марта 2024")] == \
        ["2024-03-11", "2023-07-04", "2024-03-12"]


def test_a_dateline_with_its_year_dates_a_page_that_marks_no_date(tmp_path):
    (tmp_path / "p.html").write_text(page("<title>President delivers the rehabilitated road</title>",
                                          "<h1>President delivers the rehabilitated road</h1><p><strong>Manta, January 15, "
                                          "2026.</strong> The President today delivered the 24 kilometres of the "
                                          "rehabilitated road, a work that had been paralysed for almost six years.</p>"),
                                     encoding="utf-8")
    [published] = build_corpus(tmp_path, progress=False).articles["published"]
    assert published == "2026-01-15"


@pytest.mark.parametrize("title, site", [
    ("Talks with Lula (The Prime Minister in Action) | Prime Minister of the Realm", "Prime Minister of the Realm"),
    ("The President of the Republic: Press releases: Talks with Lula", "The President of the Republic"),
    ("Talks with Lula – Presidency of the Republic", "Presidency of the Republic"),
])
def test_the_site_a_title_names_beside_the_headline_and_a_section(title, site):
    p = read_html(page(f"<title>{title}</title>", f"<h1>Talks with Lula</h1>{BODY}"))
    assert p.meta["site"] == site


@pytest.mark.parametrize("hidden", ['class="tooltip hidden"', 'hidden', 'aria-hidden="true"', 'style="display: none"'])
def test_a_paragraph_with_a_persons_hidden_tooltip_inside_is_kept_whole(hidden):
    tag = (f'<a class="person_tag" href="/persons/1">Aleksandar Vučić<span {hidden}><span>Aleksandar Vučić</span>'
           '<span>President of the Republic of Serbia</span></span></a>')
    p = read_html(page("<title>The President will visit Serbia</title>",
                       f"<article><h1>The President will visit Serbia</h1>{BODY}"
                       f"<p>{tag} last visited Russia in October 2018, when the two presidents met in Moscow.</p>"
                       f"<p>The President and {tag} will also open an exhibition of icons in Belgrade.</p></article>"))
    lines = p.text.splitlines()
    assert "Aleksandar Vučić last visited Russia in October 2018, when the two presidents met in Moscow." in lines
    assert "The President and Aleksandar Vučić will also open an exhibition of icons in Belgrade." in lines
    assert "President of the Republic of Serbia" not in p.text


def test_an_intro_paragraph_beside_the_headline_is_the_lead_on_a_page_with_no_article_element():
    p = read_html("<!DOCTYPE html><html><head><title>Programme of the state visit</title></head><body>"
                  '<header><nav><a href="/">Home</a> | <a href="/news">News</a></nav></header>'
                  '<div id="content"><h1>Programme of the state visit</h1><p class="meta">News item | 04-03-2025</p>'
                  '<div class="intro"><p>The President of Ghana will pay a state visit to the Netherlands from Tuesday 18 '
                  'to Thursday 20 March 2025.</p></div>'
                  "<p>This is the first state visit by a Ghanaian president since 2008, and the visit will focus on trade.</p>"
                  "<p>The programme includes talks with the Prime Minister and a business forum in Rotterdam.</p></div>"
                  f"{FOOTER}</body></html>")
    assert "will pay a state visit to the Netherlands" in p.text


def test_a_sidebar_summary_is_no_lead_and_a_text_behind_read_more_is_kept():
    p = read_html("<!DOCTYPE html><html><head><title>Talks in the capital</title></head><body>"
                  "<h1>Talks in the capital</h1><p>The two presidents held talks in the capital and signed agreements on trade "
                  "and energy.</p><aside><div class=\"summary\">The President will pay a state visit to Japan next month, "
                  "the office said.</div></aside>"
                  f"{FOOTER}</body></html>")
    assert "state visit to Japan" not in p.text
    from lxml import html as lxml_html

    from multipolar.html import drop_hidden

    region = lxml_html.fromstring('<article><p>Kept <a>Xi<span class="hidden">tooltip</span></a> here.</p>'
                                  '<div class="hidden"><p>Behind read more.</p></div></article>')
    drop_hidden(region)  # only what is hidden inside a paragraph, a list item or a link goes
    assert region.text_content() == "Kept Xi here.Behind read more."


def test_every_post_of_a_page_of_sibling_articles_is_read():
    posts = "".join(f'<article class="post"><p><time datetime="2024-10-25T0{i}:00:00Z">{i}:00am</time></p>'
                    f"<h2>Update {i}</h2><p>{text}</p></article>"
                    for i, text in enumerate(["Prime Minister Mark Carney held talks with Indian Prime Minister Narendra Modi.",
                                              "President Lula arrived in Apia on Wednesday night for the summit.",
                                              "Chancellor Friedrich Merz met King Charles for forty minutes."], start=1))
    p = read_html(page("<title>Summit live: leaders gather | Example News</title>",
                       f'<h1>Summit live: leaders gather</h1><div class="posts">{posts}</div>'
                       '<aside><article><h3>Related</h3><p>Another story entirely, told elsewhere.</p></article></aside>'))
    assert all(s in p.text for s in ("held talks with Indian", "arrived in Apia", "met King Charles"))
    assert "Another story entirely" not in p.text


def test_one_article_beside_a_related_one_elsewhere_is_the_region():
    p = read_html(page("<title>Xi holds talks with Lula | Example News</title>",
                       f"<article><h1>Xi holds talks with Lula</h1>{BODY}</article>"
                       "<aside><article><p>Another story entirely, told at length somewhere else on the site.</p></article></aside>"))
    assert "Another story entirely" not in p.text


def test_a_page_listing_several_releases_gives_an_article_for_each_with_its_title_and_date(tmp_path):
    items = "".join(f'<div class="news-item"><h2 class="news-item__title"><a href="/a/{i}">{title}</a></h2>'
                    f'<div class="news-item__date">{day}.03.2025.</div><div class="news-item__body"><p>{text}</p></div></div>'
                    for i, (title, day, text) in enumerate([
                        ("Foreign Minister meets Estonian counterpart", "12",
                         "On 12 March 2025, Foreign Minister Baiba Braže met Estonian Foreign Minister Margus Tsahkna in Riga."),
                        ("Foreign Minister speaks with Polish counterpart", "11",
                         "On 11 March, Foreign Minister Baiba Braže had a telephone conversation with Polish Foreign "
                         "Minister Radosław Sikorski.")]))
    raw = write_pages(tmp_path, {
        "releases.html": page("<title>Press releases | Ministry of Foreign Affairs</title>",
            f'<main><h1>Press releases</h1><div class="view-content">{items}</div></main>')})
    corpus = build_corpus(raw)
    arts = corpus.articles.to_dict("records")
    assert [(a["title"], a["published"]) for a in arts] == [
        ("Foreign Minister meets Estonian counterpart", "2025-03-12"),
        ("Foreign Minister speaks with Polish counterpart", "2025-03-11")]
    assert sorted(zip(corpus.events["type"], corpus.events["start"])) == [("meeting", "2025-03-12"), ("phone_call", "2025-03-11")]


def test_a_box_of_related_stories_inside_the_article_is_no_list_of_articles():
    teasers = "".join(f'<li class="teaser"><h3><a href="/t/{i}">{t}</a></h3><p>{x}</p></li>' for i, (t, x) in enumerate(
        [("India and China hold border talks", "Officials met in Beijing."), ("Blinken visits Delhi", "A short trip.")]))
    p = read_html(page("<title>Modi meets Putin in Moscow | Example News</title>",
                       f"<article><h1>Modi meets Putin in Moscow</h1>{BODY}<aside><ul>{teasers}</ul></aside></article>"))
    assert p.meta["title"] == "Modi meets Putin in Moscow" and "Xi Jinping held talks" in p.text


def test_one_read_next_article_beside_the_main_one_stays_out():
    p = read_html(page("<title>Xi holds talks with Lula | Example News</title>",
                       f'<main><article class="post"><h1>Xi holds talks with Lula</h1>{BODY}</article>'
                       '<article class="post"><h2>Read next: Erdogan hosts Iraqi Prime Minister</h2><p>Turkish President '
                       'Recep Tayyip Erdogan received Iraqi Prime Minister Mohammed Shia al-Sudani in Ankara on Tuesday.</p>'
                       '</article></main>'))
    assert "Erdogan" not in p.text


def test_a_list_page_with_no_article_element_gives_each_item_its_date_and_own_address(tmp_path):
    items = "".join(f'<div class="article"><h2><a href="releases/x{i}.html">{title}</a></h2><p class="articleDate">{day}. 11. '
                    f'2023</p><div class="perex"><p>{text}</p></div></div>' for i, (title, day, text) in enumerate([
                        ("Minister holds talks with Georgian counterpart", "07",
                         "On Monday, 6 November, Foreign Minister Jan Lipavský held talks in Prague with Georgian Foreign "
                         "Minister Ilia Darchiashvili."),
                        ("Minister speaks with Moldovan counterpart", "03",
                         "Foreign Minister Jan Lipavský spoke by telephone on Thursday with Moldovan Foreign Minister Nicu "
                         "Popescu."),
                        ("Statement on refugees", "01", "The Ministry announces an additional humanitarian contribution.")]))
    raw = write_pages(tmp_path, {
        "list.html": page('<title>Press releases</title><link rel="canonical" href="https://mfa.example.cz/en/index.html">',
            f'<div id="content"><h1>Press releases</h1><div class="list">{items}</div></div>')})
    arts = build_corpus(raw).articles.to_dict("records")
    assert [(a["title"], a["published"], a["url"]) for a in arts] == [
        ("Minister holds talks with Georgian counterpart", "2023-11-07", "https://mfa.example.cz/en/releases/x0.html"),
        ("Minister speaks with Moldovan counterpart", "2023-11-03", "https://mfa.example.cz/en/releases/x1.html"),
        ("Statement on refugees", "2023-11-01", "https://mfa.example.cz/en/releases/x2.html")]



def test_a_list_page_whose_items_are_each_one_link_and_dated_after_their_kind(tmp_path):
    """A government's news list where the whole item (heading, a line 'News item | 14-03-2025 | 10:15', summary) is
    inside one link: each item is an article with its own date and address, and its summary is read (the extractor
    drops text inside links: once the whole list was lost)."""
    items = "".join(f'<li class="result"><a href="/latest/news/2024/05/{day}/{slug}" class="publication"><h3>{title}</h3>'
                    f'<p class="meta">{kind} | {day}-05-2024 | 10:15</p><p>{text}</p></a></li>'
                    for title, kind, day, slug, text in [
                        ("Minister visits Chile", "News item", "14", "chile",
                         "On Monday 13 May the Minister of Foreign Affairs paid a working visit to Santiago, where he held "
                         "talks with his Chilean counterpart on trade and energy."),
                        ("Prime Minister speaks with Estonian Prime Minister", "Press release", "09", "estonia",
                         "On Wednesday the Prime Minister spoke by telephone with the Estonian Prime Minister about "
                         "energy security and the coming summit.")])
    raw = write_pages(tmp_path, {
        "list.html": page('<title>News | Government.example</title><meta property="og:site_name" '
            'content="Government.example"><link rel="canonical" href="https://www.government.example/latest/news">',
            f'<main><h1>News</h1><p class="results">2 results</p><ol>{items}</ol></main>')})
    arts = build_corpus(raw).articles.to_dict("records")
    assert [(a["title"], a["published"], a["url"]) for a in arts] == [
        ("Minister visits Chile", "2024-05-14", "https://www.government.example/latest/news/2024/05/14/chile"),
        ("Prime Minister speaks with Estonian Prime Minister", "2024-05-09",
         "https://www.government.example/latest/news/2024/05/09/estonia")]
    assert "Santiago" in arts[0]["text"] and "News item" not in arts[0]["text"]


def test_a_list_page_with_no_headline_nor_article_element_and_bracketed_dates(tmp_path):
    """A ministry's list of its minister's activities: no <h1>, no <article>, each item a linked heading, its date in
    brackets and its summary; the site's long name comes from the <title> beside the list's own name."""
    items = "".join(f'<div class="news-item"><h3><a href="art/{i}.html">{title}</a></h3><p class="date">[2024-06-0{day}]</p>'
                    f'<div class="summary"><p>{text}</p></div></div>' for i, (title, day, text) in enumerate([
                        ("Minister holds talks with visiting Chilean minister", 6,
                         "On June 6, the Minister held talks in Beijing with the Chilean Minister of Finance on trade and investment."),
                        ("Minister has a video call with Kenyan minister", 4,
                         "On the afternoon of June 4, the Minister had a video call with the Kenyan Minister of Trade.")]))
    raw = write_pages(tmp_path, {
        "list.html": "<!DOCTYPE html><html><head><title>Minister's Activities - Ministry of Commerce of the People's Republic of China"
            '</title><link rel="canonical" href="http://english.example.gov.cn/Minister/index.html"></head><body>'
            '<div class="nav"><ul><li><a href="/">Home</a></li><li><a href="/News/">News</a></li></ul></div>'
            f'<div class="left-col"><h2 class="col-title">Minister\'s Activities</h2>{items}</div>'
            '<div class="right-col"><h4>Hot Topics</h4><ul><li><a href="/n/1.html">Vice Minister visits Australia</a></li></ul></div>'
            "</body></html>"})
    arts = build_corpus(raw).articles.to_dict("records")
    assert [(a["title"], a["published"], a["url"]) for a in arts] == [
        ("Minister holds talks with visiting Chilean minister", "2024-06-06", "http://english.example.gov.cn/Minister/art/0.html"),
        ("Minister has a video call with Kenyan minister", "2024-06-04", "http://english.example.gov.cn/Minister/art/1.html")]
    assert {a["site"] for a in arts} == {"Ministry of Commerce of the People's Republic of China"}

def test_a_standfirst_named_in_another_language_or_bem_is_the_lead_and_its_bullets_are_sentences():
    p = read_html(page("<title>Party chief holds talks with Indonesian President</title>",
                       '<article><h1>Party chief holds talks with Indonesian President</h1><div class="article__sapo">To Lam held '
                       'talks with Prabowo Subianto in Jakarta on March 10.</div>'
                       f'<div class="article__body">{BODY}</div></article>'))
    assert p.text.count("To Lam held talks with Prabowo Subianto in Jakarta on March 10.") == 1
    for cls in ("article__preamble", "ingress", "teaser", "entry-dek"):  # the Nordic words for it, a German site's, a blog's
        p = read_html(page("<title>Prime Minister to make official visits</title>",
                           f'<article><h1>Prime Minister to make official visits</h1><div class="{cls}"><p>On Wednesday 12 '
                           'November, the Prime Minister will make an official visit to India.</p></div>'
                           f'<div class="article__body">{BODY}</div></article>'))
        assert p.text.count("the Prime Minister will make an official visit to India.") == 1, cls
    # a related story's teaser, a box whose heading links to it, is no lead
    p = read_html(page("<title>Prime Minister to make official visits</title>",
                       '<article><h1>Prime Minister to make official visits</h1><div class="teaser"><h3><a href="/n/2">'
                       'Minister meets envoy</a></h3><p>The foreign minister received the envoy of a neighbouring state '
                       f'on Monday.</p></div><div class="article__body">{BODY}</div></article>'))
    assert "received the envoy" not in p.meta["lead"]
    # nor is a box of another kind whose class ends in a lead's word, nor a teaser whose link wraps its image
    for box in ('<div class="card-deck"><p>The foreign minister received the envoy of a neighbouring state on Monday.</p></div>',
                '<div class="video-intro"><p>The foreign minister received the envoy of a neighbouring state on Monday.</p></div>',
                '<div class="author-description"><p>The foreign minister received the envoy of a neighbouring state on '
                'Monday.</p></div>',
                '<div class="teaser"><a href="/n/2"><img src="a.jpg"></a><p>The foreign minister received the envoy of a '
                'neighbouring state on Monday.</p></div>'):
        p = read_html(page("<title>Prime Minister to make official visits</title>",
                           f'<article><h1>Prime Minister to make official visits</h1><div class="article__body">{BODY}</div>'
                           f'{box}</article>'))
        assert p.meta["lead"] == "", box
    from multipolar.html import element_text
    from lxml import html as lxml_html
    assert element_text(lxml_html.fromstring("<ul><li>Partners, not rivals</li><li>Talks due.</li></ul>")) == \
        "Partners, not rivals. Talks due."
    assert element_text(lxml_html.fromstring("<div><p>Xi met Putin on Monday.</p><ul><li>Trade grew</li></ul></div>")) == \
        "Xi met Putin on Monday. Trade grew."  # the text around a list is kept


def test_the_extractors_guesses_of_a_site_name_are_no_name():
    p = read_html(page('<title>Marcos to visit Germany next week | Philippine News Agency</title>'
                       '<link rel="canonical" href="https://www.pna.gov.ph/articles/1234">',
                       f"<article><h1>Marcos to visit Germany next week</h1>{BODY}</article>"))
    assert p.meta["site"] == "Philippine News Agency"  # not 'Pnagovph', the host name run together
    p = read_html(page("<title>Press Release on the Official Visit to Bangladesh</title>",
                       f"<article><h1>Press Release on the Official Visit to Bangladesh</h1>{BODY}</article>"))
    assert p.meta["site"] == ""  # the headline is no site's name, and the page states none


def test_a_site_named_only_by_its_host_takes_the_publisher_or_the_copyright_holder():
    p = read_html(page('<title>Emir holds phone call with President of Ghana</title>'
                       '<meta property="og:url" content="https://www.example-agency.org.qa/en/news/1">',
                       f"<article><h1>Emir holds phone call with President of Ghana</h1>{BODY}</article>"
                       "<div class='foot'>© Gulf Example News Agency 2024. All rights reserved.</div>"))
    assert p.meta["site"] == "Gulf Example News Agency"  # not the host name, nor the year
    ld = '{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Example Wire International"}}'
    p = read_html(page(f'<title>Talks in Hanoi</title><meta name="twitter:site" content="@Example_wire">'
                       f'<script type="application/ld+json">{ld}</script>',
                       f"<article><h1>Talks in Hanoi</h1>{BODY}</article>"))
    assert p.meta["site"] == "Example Wire International"


def test_list_items_titled_in_divs_and_a_headline_in_an_h2_under_a_logo_h1(tmp_path):
    items = "".join(f'<div class="news-list__item"><div class="news-list__date">1{i}.06.2024</div><div class="news-list__title">'
                    f'<a href="/en/news/{i}.html">{title}</a></div><div class="news-list__text"><p>{text}</p></div></div>'
                    for i, (title, text) in enumerate([
                        ("Minister holds talks with Chinese Foreign Minister in Beijing",
                         "On June 10, the Minister held talks in Beijing with the Chinese Foreign Minister on trade."),
                        ("Ministers of two countries hold video conference",
                         "On June 11, the Minister and the Foreign Minister of Viet Nam held talks via video conference.")]))
    raw = write_pages(tmp_path, {
        "list.html": page('<title>News of the Ministry</title><link rel="canonical" href="https://mfa.example.by/en/news/">',
            f'<div class="content"><h1>News of the Ministry</h1><div class="news-list">{items}</div></div>')})
    arts = build_corpus(raw).articles.to_dict("records")
    assert [(a["title"], a["published"], a["url"]) for a in arts] == [
        ("Minister holds talks with Chinese Foreign Minister in Beijing", "2024-06-10", "https://mfa.example.by/en/news/0.html"),
        ("Ministers of two countries hold video conference", "2024-06-11", "https://mfa.example.by/en/news/1.html")]
    p = read_html("<html><head><title>Ministry of Foreign Affairs, Republic of Korea</title></head><body><header><h1 class='logo'>"
                  "<img alt='Ministry'></h1></header><nav><h2>Press</h2></nav><div class='view'><h2>Outcome of the Foreign "
                  f"Minister's Visit to China</h2>{BODY}</div></body></html>")
    assert p.meta["title"] == "Outcome of the Foreign Minister's Visit to China"


def test_a_text_copy_names_its_site_by_its_masthead_when_nothing_else_does(tmp_path):
    raw = write_pages(tmp_path, {
        "copy.txt": "Central News Agency of Examplia\nHome | Top News | World\n\nLeader meets visiting delegation\n\n"
            "5 March 2024\n\nThe leader met the head of a visiting Chinese delegation on Monday.\n",
        "crumbs.txt": "Home > News > Spokesperson's Remarks\n\nSpokesperson answers questions\n\n5 March 2024\n\n"
            "The spokesperson answered questions on the visit of the Chinese foreign minister.\n",
        # 'The' and a name on the first line is the masthead, and beats the publisher its copyright line names
        "daily.txt": "The Northern Citizen\nNews | Business | Sports\n\nLeader heads to the capital\n\n"
            "Tuesday, May 20, 2025\n\nThe Mozambican president is due in Dar es Salaam tomorrow.\n\n"
            "© 2025 Example Communications Ltd. All rights reserved.\n"})
    arts = build_corpus(raw).articles.set_index("source_file")
    assert arts.loc["copy.txt", "site"] == "Central News Agency of Examplia"
    assert arts.loc["crumbs.txt", "site"] == ""  # a breadcrumb is no site's name
    assert arts.loc["daily.txt", "site"] == "The Northern Citizen"
    from multipolar.metadata import copyright_holder, masthead_name
    assert [masthead_name([line]) for line in ("Latest News", "News Politics World Sport", "The Latest",
                                               "The talks, in brief", "The Kremlin, Moscow", "The Kremlin", "The President",
                                               "The Hague", "The Government",
                                               "President Putin met Xi Jinping in Moscow")] == [""] * 10
    assert masthead_name(["President's Media Division", "Democratic Socialist Republic of Examplia"]) == \
        "President's Media Division"  # a masthead word in the possessive
    assert copyright_holder("text\n© 2024 U.S. Department of State") == "U.S. Department of State"


def test_text_copy_with_a_menu_a_desk_byline_publish_and_update_lines_and_a_related_link(tmp_path):
    raw = write_pages(tmp_path, {
        "copy.txt": "The Harbour Times\nNation\nWorld\nSport\n\nGhana's president arrives in Lomé for two days of talks\n\n"
            "News Desk\nPublish : 14 Sep 2021, 08:10 PM\nUpdate : 15 Sep 2021, 07:00 AM\n\n"
            "Ghana's President arrived in Lomé on Tuesday for a two-day visit to Togo.\n\n"
            "Also Read - Togo's president to visit Accra next month\n\n"
            "The two presidents will hold talks tomorrow.\n"})
    corpus = build_corpus(raw)
    [a] = corpus.articles.to_dict("records")
    assert (a["title"], a["published"]) == ("Ghana's president arrives in Lomé for two days of talks", "2021-09-14")
    assert "Also Read" not in a["text"] and "will hold talks tomorrow" in a["text"]
    removed = corpus.removed
    assert (removed["text"].str.startswith("Also Read") & (removed["reason"] == "related link")).sum() == 1
    assert not any(e["start"].startswith("2021-10") for e in corpus.events.to_dict("records"))


@pytest.mark.parametrize("url, expected", [
    ("https://www.fmprc.gov.cn/eng/xw/zyxw/202405/t20240516_11305822.html", "2024-05-16"),  # month folder, t-stamped file
    ("https://www.chinadaily.com.cn/a/202406/19/WS6672a1b2.html", "2024-06-19"),  # month folder, day folder
    ("http://news.example.cn/english/2009-06/17/content_115542.htm", "2009-06-17"),
    ("https://example.org/news/202405161234567/", ""),  # a run of digits longer than a date is an id
    ("https://example.org/a/t202405161_2.html", ""),
])
def test_a_date_written_into_the_address_in_the_forms_of_chinese_sites(url, expected):
    from multipolar.html import date_from_url
    assert date_from_url(url) == expected


def test_a_date_line_with_a_comma_after_the_month_dates_a_text_copy(tmp_path):
    raw = write_pages(tmp_path, {
        "copy.txt": "Envoy says talks in Ankara will open a new chapter\n\nMarch, 3, 2024 - 09:15\n\n"
            "ANKARA – The Minister of Foreign Affairs of Iran will travel to Ankara on Friday for talks with his Turkish "
            "counterpart, the ministry said.\n"})
    [a] = build_corpus(raw).articles.to_dict("records")
    assert a["published"] == "2024-03-03"
    assert "09:15" not in a["text"]
