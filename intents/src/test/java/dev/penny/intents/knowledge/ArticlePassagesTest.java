package dev.penny.intents.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticlePassagesTest {

    @Test
    void splits_at_headings_with_the_title_url_and_each_headings_anchor() {
        Article returns = new Article(
                "returns",
                "Returns",
                "https://help.example.com/returns",
                "Intro text.\n\n## Refunds & credit\n\nMoney back in 5 days.\n\n### Refunds & credit\n\nAgain.\n\n"
                        + "```\n# not a heading in code\n```\n");

        List<Passage> passages = ArticlePassages.of(returns);

        assertThat(passages).extracting(Passage::heading).containsExactly("", "Refunds & credit", "Refunds & credit");
        assertThat(passages)
                .extracting(Passage::url)
                .containsExactly(
                        "https://help.example.com/returns",
                        "https://help.example.com/returns#refunds--credit",
                        "https://help.example.com/returns#refunds--credit-1");
        assertThat(passages.get(1).label()).isEqualTo("Returns › Refunds & credit");
        assertThat(passages.get(2).text()).contains("# not a heading in code");
        assertThat(passages).allSatisfy(p -> assertThat(p.articleTitle()).isEqualTo("Returns"));
    }

    @Test
    void cuts_a_long_section_at_paragraph_ends_keeping_its_heading() {
        String paragraph = "word ".repeat(120).strip();
        Article a = new Article(
                "long", "Long", "/long", "## Part\n\n" + paragraph + "\n\n" + paragraph + "\n\n" + paragraph);

        List<Passage> passages = ArticlePassages.of(a);

        assertThat(passages).hasSize(3).allSatisfy(p -> {
            assertThat(p.heading()).isEqualTo("Part");
            assertThat(p.url()).isEqualTo("/long#part");
        });
    }

    @Test
    void an_article_without_a_url_gives_passages_without_one() {
        List<Passage> passages = ArticlePassages.of(new Article("a", "A", "", "# Head\n\ntext"));
        assertThat(passages).singleElement().satisfies(p -> assertThat(p.url()).isEmpty());
    }
}
