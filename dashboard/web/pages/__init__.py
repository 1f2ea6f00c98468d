"""One module per page: timeline (/), chronology, article reader, problems, embed."""
