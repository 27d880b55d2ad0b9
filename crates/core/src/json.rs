//! JSON draft envelope: format name, version, migrations, precise errors.
