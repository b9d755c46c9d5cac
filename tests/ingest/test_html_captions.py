"""html_captions: caption and credit elements, and credits split off caption text."""

from __future__ import annotations

from lxml import html as lxml_html

from newsgraph.ingest.html_captions import (
    clean_credit,
    marked_elements,
    read_captions,
    split_caption_credit,
)

PAGE = """<html><body><article>
<p class="byline">By Ana Lima</p>
<figure><img src="a.jpg"><figcaption>Image 2 of 5 Boats in the harbour at dawn.
  <span class="credit">Photo: Lena Haas/Coast Agency</span></figcaption></figure>
<div class="photo"><span class="image-credit">Bo Chen/Reuters</span></div>
<div class="copyright">Copyright 2021 The Gazette. All rights reserved.</div>
</article>
<footer><div><section><p class="caption">Not a caption: no picture near it.</p></section></div></footer>
</body></html>"""


def test_html_captions_marked_elements_by_markup():
    marked = marked_elements(lxml_html.document_fromstring(PAGE))
    assert [e.tag for e in marked.captions] == ["figcaption"]
    # the site notice is marked too (it sits near a picture); read_captions drops it
    assert [e.get("class") for e in marked.credits] == ["credit", "image-credit", "copyright"]
    assert [e.get("class") for e in marked.bylines] == ["byline"]


def test_html_captions_read_captions_splits_credits():
    found = read_captions(marked_elements(lxml_html.document_fromstring(PAGE)))
    assert found.captions == ["Boats in the harbour at dawn."]
    assert found.credits == ["Lena Haas/Coast Agency", "Bo Chen/Reuters"]
    assert found.caption_sources[0].startswith("Image 2 of 5 Boats")


def test_html_captions_split_caption_credit():
    assert split_caption_credit("Crowds in Kyiv. Photo: Jane Roe/AP") == ("Crowds in Kyiv.", "Jane Roe/AP")
    assert split_caption_credit("A rally on Sunday. REUTERS/Jane Roe") == ("A rally on Sunday.", "REUTERS/Jane Roe")
    assert split_caption_credit("Ships leave port on Monday. (AP)") == ("Ships leave port on Monday.", "AP")
    assert split_caption_credit("A quiet street at dawn.") == ("A quiet street at dawn.", None)


def test_html_captions_clean_credit():
    assert clean_credit("(Photo: Jane Roe/AP)") == "Jane Roe/AP"
    assert clean_credit("© Coast  Agency.") == "Coast Agency"


def test_html_captions_leave_out_data_menus_and_teasers():
    menu = " ".join(f"Section{i}" for i in range(200))
    page = f"""<html><body><article>
<figure><img src="a.jpg"><figcaption>Ferries at the north pier on March 3, 2023.</figcaption></figure>
<figure><img src="b.jpg"><figcaption>{{"@type":"NewsArticle","datePublished":"2023-03-03"}}</figcaption></figure>
<figure><img src="c.jpg"><figcaption>{menu}</figcaption></figure>
<figure><img src="d.jpg"><figcaption>Harbour seals return to the bay 3 hours ago</figcaption></figure>
<figure><img src="e.jpg"><figcaption>Why ferry fares rose this spring Apr 02, 2021</figcaption></figure>
</article></body></html>"""
    found = read_captions(marked_elements(lxml_html.document_fromstring(page)))
    assert found.captions == ["Ferries at the north pier on March 3, 2023."]


def test_html_captions_filters_keep_real_captions():
    page = """<html><body><article>
<figure><img src="a.jpg"><figcaption>Rescuers search a building that collapsed 2 days ago</figcaption></figure>
<figure><img src="b.jpg"><figcaption>Marchers outside the statehouse Sunday March 5, 2023</figcaption></figure>
<figure><img src="c.jpg"><figcaption>A protester holds a sign reading "Fund": "Schools" in Albany.</figcaption></figure>
</article></body></html>"""
    found = read_captions(marked_elements(lxml_html.document_fromstring(page)))
    assert len(found.captions) == 3


def test_html_captions_site_copyright_is_no_credit():
    """'© Copyright Harbour Media 2018' and '© 2019 Quay Media Corporation' are the site's
    notices (the owner before the year, or the year first), not a photographer's credit."""
    page = """<html><body><article><figure><img src="a.jpg">
<figcaption>Boats at dawn. <span class="credit">Lena Haas/Coast Agency</span></figcaption></figure>
<div class="photo"><span class="image-credit">© Copyright Harbour Media 2018</span></div>
<div class="photo"><span class="image-credit">© 2019 Quay Media Corporation</span></div>
</article></body></html>"""
    found = read_captions(marked_elements(lxml_html.document_fromstring(page)))
    assert found.credits == ["Lena Haas/Coast Agency"]


def test_html_captions_the_same_caption_twice_is_given_once():
    """A caption element holding its full and its shortened text, the same words, gives them once."""
    page = """<html><body><article><figure><img src="a.jpg"><figcaption>
<div class="caption-full">Boats leave the harbour at dawn, Monday, in Tarrow.</div>
<div class="caption-truncated">Boats leave the harbour at dawn, Monday, in Tarrow.</div>
</figcaption></figure></article></body></html>"""
    found = read_captions(marked_elements(lxml_html.document_fromstring(page)))
    assert found.captions == ["Boats leave the harbour at dawn, Monday, in Tarrow."]
