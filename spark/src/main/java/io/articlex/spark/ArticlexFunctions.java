package io.articlex.spark;

import io.articlex.Articlex;
import io.articlex.output.ArticleJson;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

import static org.apache.spark.sql.functions.udf;

/**
 * The Spark SQL functions:
 * <ul>
 *   <li>{@code articlex_parse(text)} returns a STRUCT with the article's members (the CLI's JSON
 *       object less {@code file}; {@link ArticleRows#ARTICLE}), so SQL can reach
 *       {@code articlex_parse(text).dateline.location} or explode {@code .quotes} directly;</li>
 *   <li>{@code articlex_json(file, text)} returns the CLI's exact JSON line as a STRING.</li>
 * </ul>
 * Both return null for a null text. Register them with {@link #register} from code, or for plain SQL
 * sessions with {@code --conf spark.sql.extensions=io.articlex.spark.ArticlexSqlExtensions}.
 */
public final class ArticlexFunctions {

    public static final String PARSE = "articlex_parse";
    public static final String JSON = "articlex_json";

    private ArticlexFunctions() {
    }

    /** Registers both functions in the session (temporary functions, like any {@code spark.udf()}). */
    public static void register(SparkSession spark) {
        spark.udf().register(PARSE, parse());
        spark.udf().register(JSON, json());
    }

    static UserDefinedFunction parse() {
        return udf(new Parse(), ArticleRows.ARTICLE).withName(PARSE);
    }

    static UserDefinedFunction json() {
        return udf(new Json(), DataTypes.StringType).withName(JSON);
    }

    private static final class Parse implements UDF1<String, Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public Row call(String text) {
            return text == null ? null : ArticleRows.article(Articlex.parser().parse(text));
        }
    }

    private static final class Json implements UDF2<String, String, String> {
        private static final long serialVersionUID = 1L;

        @Override
        public String call(String file, String text) {
            return text == null ? null : ArticleJson.write(file, Articlex.parser().parse(text), false);
        }
    }
}
