package io.articlex.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.ExpressionInfo;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import scala.Tuple3;
import scala.runtime.AbstractFunction1;
import scala.runtime.BoxedUnit;

/**
 * Makes {@code articlex_parse} and {@code articlex_json} built into every session, for users who only
 * write SQL ({@code spark-sql}, Thrift server, notebooks):
 * <pre>
 * spark-sql --jars articlex-spark.jar --conf spark.sql.extensions=io.articlex.spark.ArticlexSqlExtensions
 * </pre>
 * Plain {@code CREATE FUNCTION} cannot do this without Hive, which is why it is an extension.
 */
public final class ArticlexSqlExtensions extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {

    @Override
    public BoxedUnit apply(SparkSessionExtensions extensions) {
        inject(extensions, ArticlexFunctions.PARSE, "articlex_parse(text) - the parsed article as a struct",
                ArticlexFunctions.parse(), 1);
        inject(extensions, ArticlexFunctions.JSON, "articlex_json(file, text) - the articlex CLI's JSON line",
                ArticlexFunctions.json(), 2);
        return BoxedUnit.UNIT;
    }

    private static void inject(SparkSessionExtensions extensions, String name, String usage, UserDefinedFunction udf,
                               int arity) {
        ExpressionInfo info = new ExpressionInfo(ArticlexFunctions.class.getName(), null, name, usage, "", "", "",
                "misc_funcs", "", "", "java_udf");
        extensions.injectFunction(new Tuple3<>(FunctionIdentifier.apply(name), info, new Builder(name, udf, arity)));
    }

    /** Builds the UDF's expression from the call's argument expressions. */
    private static final class Builder extends AbstractFunction1<scala.collection.Seq<Expression>, Expression> {
        private final String name;
        private final UserDefinedFunction udf;
        private final int arity;

        Builder(String name, UserDefinedFunction udf, int arity) {
            this.name = name;
            this.udf = udf;
            this.arity = arity;
        }

        @Override
        public Expression apply(scala.collection.Seq<Expression> children) {
            if (children.length() != arity) {
                throw new IllegalArgumentException(name + " takes " + arity + " argument(s), got " + children.length());
            }
            Column[] args = new Column[arity];
            for (int i = 0; i < arity; i++) {
                args[i] = new Column(children.apply(i));
            }
            return udf.apply(args).expr();
        }
    }
}
