//! One LSH bucket: the sorted positions of the directives sharing a band
//! key. Nearly every bucket of a real document holds one directive, so a
//! single member is kept inline and only a shared bucket allocates.

/// Sorted positions; one member needs no allocation.
#[derive(Debug, Clone)]
pub(super) enum Bucket {
    One(u32),
    Many(Vec<u32>),
}

impl Default for Bucket {
    fn default() -> Self {
        Self::Many(Vec::new())
    }
}

impl Bucket {
    pub fn as_slice(&self) -> &[u32] {
        match self {
            Self::One(member) => std::slice::from_ref(member),
            Self::Many(members) => members,
        }
    }

    /// Adds `position` after every member (a full run inserts in reading
    /// order).
    pub fn push(&mut self, position: u32) {
        self.insert(self.as_slice().len(), position);
    }

    /// Inserts `position` at index `at` of the sorted members.
    pub fn insert(&mut self, at: usize, position: u32) {
        match self {
            Self::Many(members) if members.is_empty() => *self = Self::One(position),
            Self::Many(members) => members.insert(at.min(members.len()), position),
            Self::One(member) => {
                let mut members = vec![*member];
                members.insert(at.min(1), position);
                *self = Self::Many(members);
            }
        }
    }

    /// Inserts `position` where it keeps the members sorted.
    pub fn insert_sorted(&mut self, position: u32) {
        let at = self.as_slice().partition_point(|&m| m < position);
        self.insert(at, position);
    }

    /// Removes every occurrence of `position`.
    pub fn remove(&mut self, position: u32) {
        match self {
            Self::One(member) if *member == position => *self = Self::default(),
            Self::One(_) => {}
            Self::Many(members) => members.retain(|&m| m != position),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_members_sorted_through_every_change() {
        let mut bucket = Bucket::default();
        assert!(bucket.as_slice().is_empty());
        bucket.push(4);
        assert!(matches!(bucket, Bucket::One(4)));
        bucket.insert_sorted(2);
        bucket.push(9);
        bucket.insert_sorted(6);
        assert_eq!(bucket.as_slice(), [2, 4, 6, 9]);
        bucket.remove(4);
        bucket.remove(5);
        assert_eq!(bucket.as_slice(), [2, 6, 9]);
        let mut one = Bucket::One(3);
        one.insert_sorted(1);
        assert_eq!(one.as_slice(), [1, 3]);
        let mut gone = Bucket::One(3);
        gone.remove(3);
        assert!(gone.as_slice().is_empty());
        gone.insert_sorted(7);
        assert_eq!(gone.as_slice(), [7]);
    }
}
