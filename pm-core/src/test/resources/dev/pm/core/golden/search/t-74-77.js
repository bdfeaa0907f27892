pmSearch.shard("74-77",{"twice":[1,9]});
