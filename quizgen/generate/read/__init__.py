"""Reading an article: decoding, HTML, title and sub-headline, page furniture, language check."""
