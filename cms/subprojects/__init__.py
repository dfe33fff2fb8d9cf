"""The subproject directory: import, search, facets and the public pages."""
