class PagedResults:
    def __init__(self, fetch_page, first_page=1):
        self._fetch_page = fetch_page
        self._next_page = first_page
        self._items = []
        self._has_more = True
        self.pages_fetched = 0

    def __iter__(self):
        return self

    def __next__(self):
        while not self._items:
            if not self._has_more:
                raise StopIteration
            items, has_more = self._fetch_page(self._next_page)
            self._items = list(items)
            self._has_more = has_more
            self._next_page += 1
            self.pages_fetched += 1
        return self._items.pop(0)
