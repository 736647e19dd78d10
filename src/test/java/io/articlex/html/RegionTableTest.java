package io.articlex.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegionTableTest {

    @Test
    void hashIsTheStringHashOfTheRun() {
        String s = "post-content entry";
        assertThat(RegionTable.hash(s, 0, 12)).isEqualTo("post-content".hashCode());
        assertThat(RegionTable.hash(s, 13, 18)).isEqualTo("entry".hashCode());
        assertThat(RegionTable.hash(s, 3, 3)).isZero();
    }

    @Test
    void findsARunByItsCharactersInAnyString() {
        RegionTable t = new RegionTable(16);
        String first = "menu-item menu-item-type";
        t.put(first, 0, 9, RegionTable.hash(first, 0, 9), 5);
        String other = "x menu-item";
        assertThat(t.get(other, 2, 11, RegionTable.hash(other, 2, 11))).isEqualTo(5);
        // A prefix, a longer run and a run of other characters are not that key.
        assertThat(t.get(first, 0, 4, RegionTable.hash(first, 0, 4))).isEqualTo(RegionTable.ABSENT);
        assertThat(t.get(first, 10, 24, RegionTable.hash(first, 10, 24))).isEqualTo(RegionTable.ABSENT);
        assertThat(t.size()).isEqualTo(1);
    }

    @Test
    void runsWithTheSameHashAreKeptApart() {
        // "Aa" and "BB" have the same string hash.
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        RegionTable t = new RegionTable(8);
        t.put("Aa", 0, 2, RegionTable.hash("Aa", 0, 2), 1);
        assertThat(t.get("BB", 0, 2, RegionTable.hash("BB", 0, 2))).isEqualTo(RegionTable.ABSENT);
        t.put("BB", 0, 2, RegionTable.hash("BB", 0, 2), 2);
        assertThat(t.get("Aa", 0, 2, RegionTable.hash("Aa", 0, 2))).isEqualTo(1);
        assertThat(t.get("BB", 0, 2, RegionTable.hash("BB", 0, 2))).isEqualTo(2);
    }

    @Test
    void isEmptiedWhenHalfFull() {
        RegionTable t = new RegionTable(4);
        t.put("a", 0, 1, RegionTable.hash("a", 0, 1), 1);
        t.put("b", 0, 1, RegionTable.hash("b", 0, 1), 2);
        assertThat(t.size()).isEqualTo(2);
        t.put("c", 0, 1, RegionTable.hash("c", 0, 1), 3);
        assertThat(t.size()).isEqualTo(1);
        assertThat(t.get("a", 0, 1, RegionTable.hash("a", 0, 1))).isEqualTo(RegionTable.ABSENT);
        assertThat(t.get("c", 0, 1, RegionTable.hash("c", 0, 1))).isEqualTo(3);
    }

    @Test
    void refusesWhatItCannotKeep() {
        assertThatThrownBy(() -> new RegionTable(12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RegionTable(8).put("a", 0, 1, RegionTable.hash("a", 0, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
