//! Plain-text import (pasted resolutions) and export.
