class PagedResults:
    """Iterate over the items of a paginated API, fetching each page only when needed."""

    def __init__(self, fetch_page, first_page=1):
        raise NotImplementedError("write me")

    def __iter__(self):
        raise NotImplementedError("write me")

    def __next__(self):
        raise NotImplementedError("write me")
