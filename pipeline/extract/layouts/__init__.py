"""Learning a production's layout from one correction (issue 17, item 3). Pure, no I/O.

A person who corrects or confirms a field tells where its value sits on that sheet. ``rules``
turns that into a rule (the label's text, the value's place relative to the label, how many
lines it spans); ``fingerprint`` says whether a new page has the same layout; ``merge`` reads a
new sheet's day with the rules that fit it. ``words`` keeps a page's positioned words in the
cached reading's JSON, so a later correction can be learnt without reading the PDF again.
"""
