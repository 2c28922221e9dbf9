package dev.penny.core.desk;

class InMemoryCannedResponsesTest extends CannedResponsesContract {

    @Override
    protected CannedResponses newResponses() {
        return new InMemoryCannedResponses();
    }
}
